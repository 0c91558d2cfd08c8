package cn.jianwu.hall.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every step of a message or call to the hash-chained trail, in the transaction
 * of the step itself: a step that rolls back leaves no trace, and one that commits cannot
 * lose its entry.
 */
@Component
public class HandlingAudit {

	/** Serialises appends so that two concurrent steps never chain onto the same row. */
	private static final long CHAIN_LOCK = 0x68616c6c61756469L;

	private final JdbcClient jdbc;

	HandlingAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a step; the comment must hold no personal data or message text. */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry append(UUID subjectId, String action, String actor, String actorName, String fromStatus,
			String toStatus, String comment, Instant when) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query(Object.class).list();
		String prevHash = this.jdbc.sql("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(AuditHash.GENESIS);
		// PostgreSQL keeps microseconds: hash exactly what is stored.
		Instant at = when.truncatedTo(ChronoUnit.MICROS);
		AuditEntry unsealed = new AuditEntry(0, subjectId, action, actor, actorName, fromStatus, toStatus, comment, at,
				prevHash, null);
		String hash = AuditHash.of(unsealed);
		long seq = this.jdbc
			.sql("""
					INSERT INTO audit_entry (subject_id, action, actor, actor_name, from_status, to_status, comment, at,
					                         prev_hash, hash)
					VALUES (:subjectId, :action, :actor, :actorName, :fromStatus, :toStatus, :comment, :at, :prevHash, :hash)
					RETURNING seq
					""")
			.param("subjectId", subjectId)
			.param("action", action)
			.param("actor", actor)
			.param("actorName", actorName)
			.param("fromStatus", fromStatus)
			.param("toStatus", toStatus)
			.param("comment", comment)
			.param("at", Timestamp.from(at))
			.param("prevHash", prevHash)
			.param("hash", hash)
			.query(Long.class)
			.single();
		return new AuditEntry(seq, subjectId, action, actor, actorName, fromStatus, toStatus, comment, at, prevHash,
				hash);
	}

	/** A message's or call's steps, oldest first. */
	public List<AuditEntry> history(UUID subjectId) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE subject_id = :id ORDER BY seq")
			.param("id", subjectId)
			.query(HandlingAudit::map)
			.list();
	}

	/** Walks the whole chain; names the first row whose hash or link does not hold. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		String expectedPrev = AuditHash.GENESIS;
		long checked = 0;
		for (AuditEntry entry : this.jdbc.sql("SELECT * FROM audit_entry ORDER BY seq")
			.query(HandlingAudit::map)
			.list()) {
			if (!entry.prevHash().equals(expectedPrev) || !entry.hash().equals(AuditHash.of(entry))) {
				return AuditVerification.broken(checked, entry.seq());
			}
			expectedPrev = entry.hash();
			checked++;
		}
		return AuditVerification.intact(checked);
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("subject_id", UUID.class), rs.getString("action"),
				rs.getString("actor"), rs.getString("actor_name"), rs.getString("from_status"),
				rs.getString("to_status"), rs.getString("comment"), rs.getTimestamp("at").toInstant(),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

}
