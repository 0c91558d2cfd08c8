package cn.jianwu.hall.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.Audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code activity} table, each activity read with its number of waitlisted sign-ups.
 * The row is what every sign-up and cancellation locks ({@link #lock}), so that its
 * {@code taken} never passes its capacity however many requests race.
 */
@Repository
class ActivityRepository {

	private static final String SELECT = """
			SELECT a.*, (SELECT count(*) FROM activity_sign_up s WHERE s.activity_id = a.id AND s.state = 'WAITLISTED')
			       AS waitlisted
			FROM activity a
			""";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Activity activity) {
		this.jdbc.sql("""
				INSERT INTO activity (id, title, kind, description, department, starts_at, ends_at, place, capacity,
				                      sign_up_opens_at, sign_up_closes_at, audience, announcement_item_id, created_by,
				                      created_at)
				VALUES (:id, :title, :kind, :description, :department, :startsAt, :endsAt, :place, :capacity,
				        :opensAt, :closesAt, :audience, :item, :createdBy, :createdAt)
				""")
			.param("id", activity.id())
			.param("title", activity.title())
			.param("kind", activity.kind().name())
			.param("description", activity.description())
			.param("department", activity.department())
			.param("startsAt", activity.startsAt())
			.param("endsAt", activity.endsAt())
			.param("place", activity.place())
			.param("capacity", activity.capacity())
			.param("opensAt", activity.signUpOpensAt())
			.param("closesAt", activity.signUpClosesAt())
			.param("audience", activity.audience().name())
			.param("item", activity.announcementItemId())
			.param("createdBy", activity.createdBy())
			.param("createdAt", Timestamp.from(activity.createdAt()))
			.update();
	}

	Optional<Activity> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id")
			.param("id", id)
			.query(ActivityRepository::activity)
			.optional();
	}

	/** Takes the row's lock for the rest of the transaction. */
	Optional<Activity> lock(UUID id) {
		this.jdbc.sql("SELECT id FROM activity WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).list();
		return find(id);
	}

	/** Every activity, the latest to start first. */
	List<Activity> all() {
		return this.jdbc.sql(SELECT + " ORDER BY a.starts_at DESC, a.id").query(ActivityRepository::activity).list();
	}

	/** The announced, not cancelled activities starting on the day, in time order. */
	List<Activity> announcedOn(LocalDate day) {
		return this.jdbc.sql(SELECT + """
				 WHERE a.announced_at IS NOT NULL AND a.cancelled_at IS NULL
				   AND a.starts_at >= :from AND a.starts_at < :until
				 ORDER BY a.starts_at, a.id
				""")
			.param("from", day.atStartOfDay())
			.param("until", day.plusDays(1).atStartOfDay())
			.query(ActivityRepository::activity)
			.list();
	}

	/** The announced, not cancelled activities of a kind starting from the day on. */
	List<Activity> announcedFrom(ActivityKind kind, LocalDate day, int limit) {
		return this.jdbc.sql(SELECT + """
				 WHERE a.announced_at IS NOT NULL AND a.cancelled_at IS NULL AND a.kind = :kind AND a.starts_at >= :from
				 ORDER BY a.starts_at, a.id LIMIT :limit
				""")
			.param("kind", kind.name())
			.param("from", day.atStartOfDay())
			.param("limit", limit)
			.query(ActivityRepository::activity)
			.list();
	}

	/** The activities whose announcement is not known to be public yet, still to come. */
	List<Activity> announcing(LocalDateTime now) {
		return this.jdbc
			.sql(SELECT + " WHERE a.announced_at IS NULL AND a.cancelled_at IS NULL AND a.starts_at > :now"
					+ " ORDER BY a.starts_at")
			.param("now", now)
			.query(ActivityRepository::activity)
			.list();
	}

	/**
	 * Marks the activity announced, once: of two requests or instances seeing its
	 * announcement public at once, one only does.
	 * @return whether it was marked now
	 */
	boolean markAnnounced(UUID id, Instant now) {
		return this.jdbc
			.sql("UPDATE activity SET announced_at = :now WHERE id = :id AND announced_at IS NULL "
					+ "AND cancelled_at IS NULL")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** One more place taken; the caller holds the row's lock and checked the capacity. */
	void take(UUID id) {
		this.jdbc.sql("UPDATE activity SET taken = taken + 1 WHERE id = :id").param("id", id).update();
	}

	/** One place freed; the caller holds the row's lock. */
	void release(UUID id) {
		this.jdbc.sql("UPDATE activity SET taken = taken - 1 WHERE id = :id").param("id", id).update();
	}

	/** Cancels the activity: no place is held any more. */
	void cancel(UUID id, String reason, Instant now) {
		this.jdbc.sql("UPDATE activity SET cancelled_at = :now, cancel_reason = :reason, taken = 0 WHERE id = :id")
			.param("id", id)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Takes the report of a held activity, once: whoever stores it first may publish it.
	 * @return whether it was taken now
	 */
	boolean claimReport(UUID id, String summary) {
		return this.jdbc
			.sql("UPDATE activity SET report_summary = :summary WHERE id = :id AND report_summary IS NULL "
					+ "AND cancelled_at IS NULL")
			.param("id", id)
			.param("summary", summary)
			.update() == 1;
	}

	/** Gives the report back when its item could not be created. */
	void releaseReport(UUID id) {
		this.jdbc.sql("UPDATE activity SET report_summary = NULL WHERE id = :id AND report_item_id IS NULL")
			.param("id", id)
			.update();
	}

	void reportItem(UUID id, UUID itemId) {
		this.jdbc.sql("UPDATE activity SET report_item_id = :item WHERE id = :id")
			.param("id", id)
			.param("item", itemId)
			.update();
	}

	private static Activity activity(ResultSet rs, int row) throws SQLException {
		return new Activity(rs.getObject("id", UUID.class), rs.getString("title"),
				ActivityKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("department"),
				local(rs, "starts_at"), local(rs, "ends_at"), rs.getString("place"), rs.getInt("capacity"),
				rs.getInt("taken"), rs.getInt("waitlisted"), local(rs, "sign_up_opens_at"),
				local(rs, "sign_up_closes_at"), Audience.valueOf(rs.getString("audience")),
				rs.getObject("announcement_item_id", UUID.class), instant(rs, "announced_at"),
				rs.getString("report_summary"), rs.getObject("report_item_id", UUID.class), instant(rs, "cancelled_at"),
				rs.getString("cancel_reason"), rs.getString("created_by"), instant(rs, "created_at"));
	}

	private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
