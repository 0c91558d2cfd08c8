package cn.jianwu.hall.lookup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.MessageStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a writer's lookup reads of {@code message}. */
@Repository
class LookupRepository {

	private final JdbcClient jdbc;

	LookupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredLookup> byTrackingHash(byte[] trackingHash) {
		return this.jdbc.sql("""
				SELECT id, check_hash, kind, subject, status, department, received_at, acknowledge_by, answer_by,
				       acknowledged_at, acknowledgement, answered_at, answer, referral, merged_into
				FROM message WHERE tracking_hash = :hash
				""").param("hash", trackingHash).query(LookupRepository::map).optional();
	}

	Optional<StoredLookup> byId(UUID id) {
		return this.jdbc.sql("""
				SELECT id, check_hash, kind, subject, status, department, received_at, acknowledge_by, answer_by,
				       acknowledged_at, acknowledgement, answered_at, answer, referral, merged_into
				FROM message WHERE id = :id
				""").param("id", id).query(LookupRepository::map).optional();
	}

	private static StoredLookup map(ResultSet rs, int row) throws SQLException {
		return new StoredLookup(rs.getObject("id", UUID.class), rs.getBytes("check_hash"),
				MessageKind.valueOf(rs.getString("kind")), rs.getString("subject"),
				MessageStatus.valueOf(rs.getString("status")), rs.getString("department"),
				instant(rs.getTimestamp("received_at")), rs.getObject("acknowledge_by", LocalDate.class),
				rs.getObject("answer_by", LocalDate.class), instant(rs.getTimestamp("acknowledged_at")),
				rs.getString("acknowledgement"), instant(rs.getTimestamp("answered_at")), rs.getString("answer"),
				rs.getString("referral"), rs.getObject("merged_into", UUID.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A message row as the lookup needs it; {@code answer} may still be a draft. */
	record StoredLookup(UUID id, byte[] checkHash, MessageKind kind, String subject, MessageStatus status,
			String department, Instant receivedAt, LocalDate acknowledgeBy, LocalDate answerBy, Instant acknowledgedAt,
			String acknowledgement, Instant answeredAt, String answer, String referral, UUID mergedInto) {

	}

}
