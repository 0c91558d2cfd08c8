package cn.jianwu.channel.support.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jianwu.events.Channel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The adapter's delivery ledger in its own schema. Every change is one conditional
 * statement, so two instances, a redelivered event or a restart can never move a row
 * twice: inserts keep the first row for a key, claims skip locked and leased rows, and
 * completions only move rows from the state they expect.
 */
public class DeliveryLedger {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private static final String COLUMNS = columns("");

	private final JdbcClient jdbc;

	public DeliveryLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a row unless the key already has one.
	 * @return whether this call added it
	 */
	public boolean add(LedgerKey key, LedgerStatus status, Integer replacesRevision, String externalRef, String reason,
			StoredEvent event) {
		return keyed(this.jdbc.sql("""
				INSERT INTO channel_delivery (item_id, revision, channel, operation, status, replaces_revision,
				                              external_ref, reason, event_id, event_value, event_headers)
				VALUES (:itemId, :revision, :channel, :operation, :status, :replaces, :externalRef, :reason,
				        :eventId, :value, CAST(:headers AS jsonb))
				ON CONFLICT DO NOTHING
				"""), key).param("status", status.name())
			.param("replaces", replacesRevision)
			.param("externalRef", externalRef)
			.param("reason", reason)
			.param("eventId", event.id())
			.param("value", event.value())
			.param("headers", JSON.writeValueAsString(event.headers()))
			.update() == 1;
	}

	public Optional<LedgerEntry> find(LedgerKey key) {
		return keyed(this.jdbc.sql("SELECT " + COLUMNS + """
				FROM channel_delivery
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND operation = :operation
				"""), key).query(DeliveryLedger::entry).optional();
	}

	/** Every post row of an item on a channel, oldest revision first. */
	public List<LedgerEntry> posts(String itemId, Channel channel) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				FROM channel_delivery WHERE item_id = :itemId AND channel = :channel AND operation = 'POST'
				ORDER BY revision
				""").param("itemId", itemId).param("channel", channel.id()).query(DeliveryLedger::entry).list();
	}

	/**
	 * Claims up to {@code limit} due rows for this instance: queued and in-doubt ones
	 * whose time has come, and claimed ones whose owner's lease ran out (it crashed,
	 * perhaps mid-call, so they are in doubt from now on). A retraction waits while a
	 * post of the same item is still under way, so it never misses the post it must take
	 * down.
	 */
	public List<LedgerEntry> claimDue(Channel channel, String owner, Duration lease, int limit) {
		return this.jdbc
			.sql("UPDATE channel_delivery d SET status = 'IN_PROGRESS', claimed_by = :owner, "
					+ "claimed_until = now() + CAST(:lease AS interval), updated_at = now(), "
					+ "doubted_since = CASE WHEN d.status = 'IN_PROGRESS' THEN COALESCE(d.doubted_since, now()) "
					+ "                     ELSE d.doubted_since END "
					+ "FROM (SELECT item_id, revision, channel, operation FROM channel_delivery q "
					+ "      WHERE q.channel = :channel "
					+ "        AND ((q.status IN ('QUEUED', 'IN_DOUBT') AND q.next_attempt_at <= now()) "
					+ "          OR (q.status = 'IN_PROGRESS' AND q.claimed_until < now())) "
					+ "        AND NOT (q.operation = 'RETRACT' AND EXISTS (SELECT 1 FROM channel_delivery p "
					+ "              WHERE p.item_id = q.item_id AND p.channel = q.channel AND p.operation = 'POST' "
					+ "                AND p.status IN ('QUEUED', 'IN_DOUBT', 'IN_PROGRESS', 'AWAITING_RESULT'))) "
					+ "      ORDER BY q.next_attempt_at, q.created_at LIMIT :limit FOR UPDATE SKIP LOCKED) due "
					+ "WHERE d.item_id = due.item_id AND d.revision = due.revision AND d.channel = due.channel "
					+ "  AND d.operation = due.operation RETURNING " + columns("d."))
			.param("owner", owner)
			.param("lease", interval(lease))
			.param("channel", channel.id())
			.param("limit", limit)
			.query(DeliveryLedger::entry)
			.list();
	}

	/**
	 * Extends the lease of every row this instance holds on the channel, so a lease can
	 * be short (a crashed instance's rows are taken over in seconds) however long the
	 * calls of one delivery take.
	 */
	public int renewLeases(Channel channel, String owner, Duration lease) {
		return this.jdbc.sql("""
				UPDATE channel_delivery SET claimed_until = now() + CAST(:lease AS interval)
				WHERE channel = :channel AND status = 'IN_PROGRESS' AND claimed_by = :owner
				""").param("lease", interval(lease)).param("channel", channel.id()).param("owner", owner).update();
	}

	/**
	 * At start-up: rows this instance still holds were claimed by its previous run, which
	 * died, perhaps mid-call. They are taken back at once, in doubt, instead of waiting
	 * for the lease to end.
	 */
	public int takeBackOwn(Channel channel, String owner) {
		return this.jdbc.sql("""
				UPDATE channel_delivery SET status = 'IN_DOUBT', doubted_since = COALESCE(doubted_since, now()),
				       next_attempt_at = now(), claimed_by = NULL, claimed_until = NULL, updated_at = now()
				WHERE channel = :channel AND status = 'IN_PROGRESS' AND claimed_by = :owner
				""").param("channel", channel.id()).param("owner", owner).update();
	}

	/**
	 * Records that a call of a claimed row may have reached the channel unanswered: from
	 * now on the row asks the channel for its post before posting again, even after a
	 * failure and a staff retry.
	 */
	public void markInDoubt(LedgerKey key, String owner) {
		keyed(this.jdbc.sql("""
				UPDATE channel_delivery SET doubted_since = COALESCE(doubted_since, now())
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND operation = :operation
				  AND status = 'IN_PROGRESS' AND claimed_by = :owner
				"""), key).param("owner", owner).update();
	}

	/**
	 * Ends the work on a claimed row.
	 * @param deadLetter whether the event must also go to the dead-letter topic
	 */
	public void finish(LedgerKey key, String owner, LedgerStatus status, int calls, String externalRef, String reason,
			boolean deadLetter) {
		keyed(this.jdbc.sql("""
				UPDATE channel_delivery SET status = :status, calls = calls + :calls,
				       external_ref = COALESCE(:externalRef, external_ref), reason = :reason,
				       dead_letter_pending = :deadLetter, claimed_by = NULL, claimed_until = NULL,
				       change_seq = change_seq + 1, updated_at = now()
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND operation = :operation
				  AND status = 'IN_PROGRESS' AND claimed_by = :owner
				"""), key).param("status", status.name())
			.param("calls", calls)
			.param("externalRef", externalRef)
			.param("reason", reason)
			.param("deadLetter", deadLetter)
			.param("owner", owner)
			.update();
	}

	/**
	 * Puts a claimed row back in the queue without counting it as a failure (the rate
	 * limiter has no permit, the circuit is open, an unanswered call is to be reconciled
	 * later); a row in doubt goes back as {@link LedgerStatus#IN_DOUBT}.
	 */
	public void defer(LedgerKey key, String owner, Instant until, int calls, String reason) {
		keyed(this.jdbc.sql("""
				UPDATE channel_delivery SET status = CASE WHEN doubted_since IS NULL THEN 'QUEUED' ELSE 'IN_DOUBT' END,
				       next_attempt_at = :until, calls = calls + :calls, reason = :reason, claimed_by = NULL,
				       claimed_until = NULL, updated_at = now()
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND operation = :operation
				  AND status = 'IN_PROGRESS' AND claimed_by = :owner
				"""), key).param("until", Timestamp.from(until))
			.param("calls", calls)
			.param("reason", reason)
			.param("owner", owner)
			.update();
	}

	/**
	 * Staff asked again: failed rows of the revision go back to the queue as a new round.
	 * A row that was in doubt still looks for its post first, with a new clock.
	 */
	public int requeueFailed(String itemId, int revision, Channel channel) {
		return this.jdbc.sql("""
				UPDATE channel_delivery SET status = 'QUEUED', round = round + 1, next_attempt_at = now(),
				       reason = NULL, dead_letter_pending = FALSE, updated_at = now(),
				       doubted_since = CASE WHEN doubted_since IS NULL THEN NULL ELSE now() END
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND status = 'FAILED'
				""").param("itemId", itemId).param("revision", revision).param("channel", channel.id()).update();
	}

	/** Posts that never started are dropped when the item is withdrawn first. */
	public int skipQueuedPosts(String itemId, int upToRevision, Channel channel, String reason) {
		return this.jdbc.sql("""
				UPDATE channel_delivery SET status = 'SKIPPED', reason = :reason, change_seq = change_seq + 1,
				       updated_at = now()
				WHERE item_id = :itemId AND revision <= :revision AND channel = :channel AND operation = 'POST'
				  AND status = 'QUEUED'
				""")
			.param("itemId", itemId)
			.param("revision", upToRevision)
			.param("channel", channel.id())
			.param("reason", reason)
			.update();
	}

	/** Moves a row the channel answers for later, only if it is still waiting. */
	public boolean completeAwaiting(LedgerKey key, LedgerStatus status, String externalRef, String reason) {
		return keyed(this.jdbc.sql("""
				UPDATE channel_delivery SET status = :status, external_ref = COALESCE(:externalRef, external_ref),
				       reason = :reason, change_seq = change_seq + 1, updated_at = now()
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND operation = :operation
				  AND status = 'AWAITING_RESULT'
				"""), key).param("status", status.name())
			.param("externalRef", externalRef)
			.param("reason", reason)
			.update() == 1;
	}

	public Optional<LedgerEntry> awaiting(Channel channel, String externalRef) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				FROM channel_delivery WHERE channel = :channel AND status = 'AWAITING_RESULT'
				  AND external_ref = :externalRef
				""")
			.param("channel", channel.id())
			.param("externalRef", externalRef)
			.query(DeliveryLedger::entry)
			.optional();
	}

	public List<LedgerEntry> awaitingSince(Channel channel, Instant before) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				FROM channel_delivery WHERE channel = :channel AND status = 'AWAITING_RESULT' AND updated_at < :before
				ORDER BY updated_at LIMIT 50
				""")
			.param("channel", channel.id())
			.param("before", Timestamp.from(before))
			.query(DeliveryLedger::entry)
			.list();
	}

	/** Final rows whose latest status has not reached {@code channel.deliveries} yet. */
	public List<LedgerEntry> unreported(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				FROM channel_delivery
				WHERE reported_seq < change_seq AND status IN ('DELIVERED', 'RETRACTED', 'FAILED', 'SKIPPED')
				ORDER BY updated_at LIMIT :limit
				""").param("limit", limit).query(DeliveryLedger::entry).list();
	}

	public void markReported(LedgerKey key, long changeSeq) {
		keyed(this.jdbc.sql("""
				UPDATE channel_delivery SET reported_seq = GREATEST(reported_seq, :seq)
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND operation = :operation
				"""), key).param("seq", changeSeq).update();
	}

	public List<LedgerEntry> pendingDeadLetters(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				FROM channel_delivery WHERE dead_letter_pending ORDER BY updated_at LIMIT :limit
				""").param("limit", limit).query(DeliveryLedger::entry).list();
	}

	public void markDeadLettered(LedgerKey key) {
		keyed(this.jdbc.sql("""
				UPDATE channel_delivery SET dead_letter_pending = FALSE
				WHERE item_id = :itemId AND revision = :revision AND channel = :channel AND operation = :operation
				"""), key).update();
	}

	private static String interval(Duration duration) {
		return duration.toMillis() + " milliseconds";
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static StatementSpec keyed(StatementSpec statement, LedgerKey key) {
		return statement.param("itemId", key.itemId())
			.param("revision", key.revision())
			.param("channel", key.channel().id())
			.param("operation", key.operation().name());
	}

	private static String columns(String table) {
		return String.join(", ",
				List.of("item_id", "revision", "channel", "operation", "status", "round", "calls", "external_ref",
						"reason", "replaces_revision", "event_id", "event_value", "change_seq", "created_at",
						"updated_at", "doubted_since")
					.stream()
					.map((column) -> table + column)
					.toList())
				+ ", " + table + "event_headers::text AS event_headers\n";
	}

	private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		LedgerKey key = new LedgerKey(rs.getString("item_id"), rs.getInt("revision"),
				Channel.fromId(rs.getString("channel")), Operation.valueOf(rs.getString("operation")));
		int replaces = rs.getInt("replaces_revision");
		Integer replacesRevision = rs.wasNull() ? null : replaces;
		StoredEvent event = new StoredEvent(rs.getString("event_id"), key.itemId(), rs.getBytes("event_value"),
				JSON.readValue(rs.getString("event_headers"), HEADERS));
		return new LedgerEntry(key, LedgerStatus.valueOf(rs.getString("status")), rs.getInt("round"),
				rs.getInt("calls"), rs.getString("external_ref"), rs.getString("reason"), replacesRevision, event,
				rs.getLong("change_seq"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), instant(rs.getTimestamp("doubted_since")));
	}

}
