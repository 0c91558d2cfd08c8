package cn.jianwu.disclosure.audit;

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
 * Appends workflow steps to the hash-chained audit trail, in the transaction of the step
 * itself: a step that rolls back leaves no trace, and one that commits cannot lose its
 * entry.
 */
@Component
public class AuditTrail {

	/** Serialises appends so that two concurrent steps never chain onto the same row. */
	private static final long CHAIN_LOCK = 0x6a69616e7775L;

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry append(UUID itemId, int revision, String action, String actor, String actorRole,
			String fromStatus, String toStatus, String comment, Instant when) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query(Object.class).list();
		String prevHash = this.jdbc.sql("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(AuditHash.GENESIS);
		// PostgreSQL keeps microseconds: hash exactly what is stored.
		Instant at = when.truncatedTo(ChronoUnit.MICROS);
		String hash = AuditHash.of(prevHash, itemId, revision, action, actor, actorRole, fromStatus, toStatus, comment,
				at);
		long seq = this.jdbc.sql("""
				INSERT INTO audit_entry (item_id, revision, action, actor, actor_role, from_status, to_status, comment,
				                         at, prev_hash, hash)
				VALUES (:itemId, :revision, :action, :actor, :actorRole, :fromStatus, :toStatus, :comment, :at,
				        :prevHash, :hash)
				RETURNING seq
				""")
			.param("itemId", itemId)
			.param("revision", revision)
			.param("action", action)
			.param("actor", actor)
			.param("actorRole", actorRole)
			.param("fromStatus", fromStatus)
			.param("toStatus", toStatus)
			.param("comment", comment)
			.param("at", Timestamp.from(at))
			.param("prevHash", prevHash)
			.param("hash", hash)
			.query(Long.class)
			.single();
		return new AuditEntry(seq, itemId, revision, action, actor, actorRole, fromStatus, toStatus, comment, at,
				prevHash, hash);
	}

	public List<AuditEntry> history(UUID itemId) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE item_id = :itemId ORDER BY seq")
			.param("itemId", itemId)
			.query(AuditTrail::map)
			.list();
	}

	/** Walks the whole chain; names the first row whose hash or link does not hold. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		String expectedPrev = AuditHash.GENESIS;
		long checked = 0;
		for (AuditEntry entry : this.jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query(AuditTrail::map).list()) {
			if (!entry.prevHash().equals(expectedPrev) || !entry.hash().equals(AuditHash.of(entry))) {
				return AuditVerification.broken(checked, entry.seq());
			}
			expectedPrev = entry.hash();
			checked++;
		}
		return AuditVerification.intact(checked);
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("item_id", UUID.class), rs.getInt("revision"),
				rs.getString("action"), rs.getString("actor"), rs.getString("actor_role"), rs.getString("from_status"),
				rs.getString("to_status"), rs.getString("comment"), rs.getTimestamp("at").toInstant(),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

}
