package cn.jianwu.hall.personal;

import java.util.Optional;
import java.util.UUID;

import cn.jianwu.hall.api.handling.WriterDetails;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a writer's personal data apart from the message: one sealed document per message
 * in {@code message_writer} ({@link SealedBox}). Only the handling staff's view opens it;
 * it never reaches a log, an event or a public answer.
 */
@Component
public class WriterVault {

	private final JdbcClient jdbc;

	private final SealedBox box;

	WriterVault(JdbcClient jdbc, SealedBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void seal(UUID messageId, WriterDetails writer) {
		SealedBox.Sealed sealed = this.box.seal(messageId, writer);
		this.jdbc
			.sql("""
					INSERT INTO message_writer (message_id, key_id, nonce, ciphertext) VALUES (:id, :keyId, :nonce, :ciphertext)
					""")
			.param("id", messageId)
			.param("keyId", sealed.keyId())
			.param("nonce", sealed.nonce())
			.param("ciphertext", sealed.ciphertext())
			.update();
	}

	public Optional<WriterDetails> open(UUID messageId) {
		return this.jdbc.sql("SELECT key_id, nonce, ciphertext FROM message_writer WHERE message_id = :id")
			.param("id", messageId)
			.query((rs, row) -> this.box.open(messageId,
					new SealedBox.Sealed(rs.getString("key_id"), rs.getBytes("nonce"), rs.getBytes("ciphertext")),
					WriterDetails.class))
			.optional();
	}

}
