package cn.jianwu.disclosure.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.outbox.DisclosureOutbox;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.WorkflowAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends workflow steps to the hash-chained audit trail, in the transaction of the step
 * itself: a step that rolls back leaves no trace, and one that commits cannot lose its
 * entry. Every entry is also recorded as a {@link DisclosureStepRecorded} in the outbox,
 * in the same transaction, for report-service: this is the one place every step passes,
 * so no step can reach the trail without reaching the reports.
 */
@Component
public class AuditTrail {

	/** Repeated failed logins of one account (an alert for administrators). */
	public static final String LOGIN_FAILURES = "LOGIN_FAILURES";

	/** The item of access events, which concern none. */
	static final UUID NO_ITEM = new UUID(0, 0);

	/** The role access events are recorded in: the platform's access control. */
	private static final String ACCESS_CONTROL = "ACCESS_CONTROL";

	/** Serialises appends so that two concurrent steps never chain onto the same row. */
	private static final long CHAIN_LOCK = 0x6a69616e7775L;

	/**
	 * The steps whose comment is a reason the reports show; other comments (an approval's
	 * remark, a cleared name) stay in the trail.
	 */
	private static final Set<WorkflowAction> REASONED = EnumSet.of(WorkflowAction.REJECT, WorkflowAction.REFUSE,
			WorkflowAction.WITHDRAW);

	private final JdbcClient jdbc;

	private final DisclosureOutbox outbox;

	AuditTrail(JdbcClient jdbc, DisclosureOutbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/**
	 * Appends a step and records its event.
	 * @param item the item the step acted on
	 * @param revision the revision it acted on
	 * @param fromStatus the status before, {@code null} on creation
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry append(AuditedItem item, int revision, WorkflowAction action, Actor actor, String fromStatus,
			String toStatus, String comment, Instant when) {
		AuditEntry entry = append(item.id(), revision, action, actor.username(), actor.role(), fromStatus, toStatus,
				comment, when);
		this.outbox.record(step(entry, item, actor));
		return entry;
	}

	static DisclosureStepRecorded step(AuditEntry entry, AuditedItem item, Actor actor) {
		return new DisclosureStepRecorded(entry.itemId().toString(), entry.revision(), entry.action(), actor.username(),
				actor.role(), actor.department(), item.department(), item.category(), item.subKind(), item.important(),
				item.obligationId(), entry.fromStatus(), entry.toStatus(),
				REASONED.contains(entry.action()) ? entry.comment() : null, entry.at());
	}

	/**
	 * Appends an event of the platform's access control (repeated failed logins), which
	 * concerns no item: it is chained like every step, so it cannot be removed unnoticed,
	 * but it is no workflow step, so it reaches neither an item's history nor the
	 * reports.
	 * @param action what happened, e.g. {@link #LOGIN_FAILURES}
	 * @param subject the account concerned
	 * @param comment what staff read, without passwords or full addresses
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendAccessEvent(String action, String subject, String comment, Instant when) {
		insert(NO_ITEM, 0, action, subject, ACCESS_CONTROL, null, action, comment, when);
	}

	private AuditEntry append(UUID itemId, int revision, WorkflowAction action, String actor, String actorRole,
			String fromStatus, String toStatus, String comment, Instant when) {
		Chained chained = insert(itemId, revision, action.name(), actor, actorRole, fromStatus, toStatus, comment,
				when);
		return new AuditEntry(chained.seq(), itemId, revision, action, actor, actorRole, fromStatus, toStatus, comment,
				chained.at(), chained.prevHash(), chained.hash());
	}

	private Chained insert(UUID itemId, int revision, String action, String actor, String actorRole, String fromStatus,
			String toStatus, String comment, Instant when) {
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
		return new Chained(seq, at, prevHash, hash);
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
		for (Link link : this.jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query(AuditTrail::link).list()) {
			if (!link.prevHash().equals(expectedPrev) || !link.hash().equals(link.expectedHash())) {
				return AuditVerification.broken(checked, link.seq());
			}
			expectedPrev = link.hash();
			checked++;
		}
		return AuditVerification.intact(checked);
	}

	/**
	 * Any row of the chain, a workflow step or an access event, with the hash its fields
	 * give.
	 */
	private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String prevHash = rs.getString("prev_hash");
		return new Link(rs.getLong("seq"), prevHash, rs.getString("hash"),
				AuditHash.of(prevHash, rs.getObject("item_id", UUID.class), rs.getInt("revision"),
						rs.getString("action"), rs.getString("actor"), rs.getString("actor_role"),
						rs.getString("from_status"), rs.getString("to_status"), rs.getString("comment"),
						rs.getTimestamp("at").toInstant()));
	}

	private record Chained(long seq, Instant at, String prevHash, String hash) {
	}

	private record Link(long seq, String prevHash, String hash, String expectedHash) {
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("item_id", UUID.class), rs.getInt("revision"),
				WorkflowAction.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("actor_role"),
				rs.getString("from_status"), rs.getString("to_status"), rs.getString("comment"),
				rs.getTimestamp("at").toInstant(), rs.getString("prev_hash"), rs.getString("hash"));
	}

}
