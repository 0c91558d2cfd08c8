package cn.jianwu.hall.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The rows a submission writes ({@code message}, {@code message_reference_counter}). */
@Repository
class IntakeRepository {

	private final JdbcClient jdbc;

	IntakeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next reference of the year, {@code <year>-<5 digits>}. */
	@Transactional(propagation = Propagation.MANDATORY)
	String nextReference(int year) {
		int number = this.jdbc.sql("""
				INSERT INTO message_reference_counter (year, last) VALUES (:year, 1)
				ON CONFLICT (year) DO UPDATE SET last = message_reference_counter.last + 1
				RETURNING last
				""").param("year", year).query(Integer.class).single();
		return String.format("%d-%05d", year, number);
	}

	boolean trackingCodeTaken(byte[] trackingHash) {
		return this.jdbc.sql("SELECT count(*) FROM message WHERE tracking_hash = :hash")
			.param("hash", trackingHash)
			.query(Integer.class)
			.single() > 0;
	}

	/** The department of a call that takes responses now, if it is one. */
	Optional<String> openCallDepartment(UUID callId, Instant now) {
		return this.jdbc.sql("""
				SELECT department FROM open_call
				WHERE id = :id AND opens_at <= :now AND closes_at > :now AND closed_at IS NULL
				""").param("id", callId).param("now", Timestamp.from(now)).query(String.class).optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void insert(StoredMessage message) {
		this.jdbc.sql("""
				INSERT INTO message (id, reference, tracking_hash, check_hash, kind, channel, subject, body, public_ok,
				                     item_id, call_id, status, department, received_at, acknowledge_by, answer_by)
				VALUES (:id, :reference, :trackingHash, :checkHash, :kind, :channel, :subject, :body, :publicOk,
				        :itemId, :callId, :status, :department, :receivedAt, :acknowledgeBy, :answerBy)
				""")
			.param("id", message.id())
			.param("reference", message.reference())
			.param("trackingHash", message.trackingHash())
			.param("checkHash", message.checkHash())
			.param("kind", message.kind().name())
			.param("channel", message.channel().name())
			.param("subject", message.subject())
			.param("body", message.body())
			.param("publicOk", message.publicOk())
			.param("itemId", message.itemId())
			.param("callId", message.callId())
			.param("status", message.routing().status().name())
			.param("department", message.routing().department())
			.param("receivedAt", Timestamp.from(message.receivedAt()))
			.param("acknowledgeBy", message.deadlines().acknowledgeBy())
			.param("answerBy", message.deadlines().answerBy())
			.update();
	}

}
