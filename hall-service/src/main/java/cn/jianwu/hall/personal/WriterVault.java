package cn.jianwu.hall.personal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import cn.jianwu.hall.api.handling.WriterDetails;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a writer's personal data apart from the message: one AES-256-GCM ciphertext per
 * message in {@code message_writer}, the message id bound in as associated data so that a
 * row copied onto another message does not open. Only the handling staff's view opens it;
 * it never reaches a log, an event or a public answer.
 */
@Component
public class WriterVault {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PersonalDataKey key;

	private final SecureRandom random = new SecureRandom();

	WriterVault(JdbcClient jdbc, JsonMapper json, @Value("${jianwu.hall.personal-data-key:}") String key) {
		this.jdbc = jdbc;
		this.json = json;
		this.key = PersonalDataKey.of(key);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void seal(UUID messageId, WriterDetails writer) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, messageId, nonce, this.json.writeValueAsBytes(writer));
		this.jdbc
			.sql("""
					INSERT INTO message_writer (message_id, key_id, nonce, ciphertext) VALUES (:id, :keyId, :nonce, :ciphertext)
					""")
			.param("id", messageId)
			.param("keyId", this.key.id())
			.param("nonce", nonce)
			.param("ciphertext", ciphertext)
			.update();
	}

	public Optional<WriterDetails> open(UUID messageId) {
		return this.jdbc.sql("SELECT key_id, nonce, ciphertext FROM message_writer WHERE message_id = :id")
			.param("id", messageId)
			.query((rs, row) -> open(messageId, rs.getString("key_id"), rs.getBytes("nonce"),
					rs.getBytes("ciphertext")))
			.optional();
	}

	private WriterDetails open(UUID messageId, String keyId, byte[] nonce, byte[] ciphertext) {
		if (!this.key.id().equals(keyId)) {
			throw new IllegalStateException("Personal data of a message was sealed with key " + keyId
					+ ", not the configured key " + this.key.id());
		}
		return this.json.readValue(crypt(Cipher.DECRYPT_MODE, messageId, nonce, ciphertext), WriterDetails.class);
	}

	private byte[] crypt(int mode, UUID messageId, byte[] nonce, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(mode, this.key.key(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(messageId.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Personal data could not be "
							+ ((mode == Cipher.ENCRYPT_MODE) ? "encrypted" : "decrypted (wrong key or altered row)"),
					ex);
		}
	}

}
