package cn.jianwu.hall.booking.desk;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.ServiceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and changes the bookings the desk deals with ({@code appointment},
 * {@code service_slot}, {@code bookable_service} of V40). The booking feature creates
 * them; the desk only checks them in, marks no-shows, reminds and binds.
 */
@Repository
class DeskRepository {

	private static final String SELECT = """
			SELECT a.id, a.service_id, a.slot_start, a.slot_end, a.state, a.channel, a.lawyer_check,
			       a.staff_note, a.has_openid, a.booked_at, a.checked_in_at,
			       CASE WHEN a.state = 'WAITLISTED' THEN
			           (SELECT count(*) FROM appointment w WHERE w.service_id = a.service_id
			               AND w.slot_start = a.slot_start AND w.state = 'WAITLISTED' AND w.waitlist_seq <= a.waitlist_seq)
			       ELSE 0 END AS waitlist_position,
			       s.name AS service_name, s.kind, s.place, s.notes, s.department
			FROM appointment a JOIN bookable_service s ON s.id = a.service_id
			""";

	private final JdbcClient jdbc;

	DeskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DeskBooking> byId(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(DeskRepository::map).optional();
	}

	/** The booking, its row locked until the transaction ends. */
	Optional<DeskBooking> lock(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id FOR UPDATE OF a")
			.param("id", id)
			.query(DeskRepository::map)
			.optional();
	}

	void checkIn(UUID id, Instant at) {
		this.jdbc.sql("""
				UPDATE appointment SET state = 'CHECKED_IN', checked_in_at = :at, updated_at = now() WHERE id = :id
				""").param("id", id).param("at", Timestamp.from(at)).update();
	}

	void openidBound(UUID id) {
		this.jdbc.sql("UPDATE appointment SET has_openid = TRUE, updated_at = now() WHERE id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Marks the confirmed bookings of slots that ended by {@code endedBy} as no-shows;
	 * rows another instance holds are left to it.
	 * @return the bookings changed
	 */
	List<UUID> markNoShows(LocalDateTime endedBy, int limit) {
		return this.jdbc.sql("""
				UPDATE appointment SET state = 'NO_SHOW', updated_at = now()
				WHERE id IN (SELECT id FROM appointment WHERE state = 'CONFIRMED' AND slot_end <= :endedBy
				             ORDER BY slot_end LIMIT :limit FOR UPDATE SKIP LOCKED)
				RETURNING id
				""").param("endedBy", endedBy).param("limit", limit).query(UUID.class).list();
	}

	/**
	 * The active bookings of a day with a WeChat follower and no reminder yet, locked;
	 * those another instance holds are skipped.
	 */
	List<UUID> lockUnreminded(LocalDate day) {
		return this.jdbc.sql("""
				SELECT id FROM appointment
				WHERE state IN ('CONFIRMED', 'PENDING_CONFIRMATION') AND has_openid AND reminded_at IS NULL
				  AND slot_start >= :from AND slot_start < :until
				ORDER BY slot_start
				FOR UPDATE SKIP LOCKED
				""")
			.param("from", day.atStartOfDay())
			.param("until", day.plusDays(1).atStartOfDay())
			.query(UUID.class)
			.list();
	}

	void reminded(UUID id, Instant at) {
		this.jdbc.sql("UPDATE appointment SET reminded_at = :at, updated_at = now() WHERE id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Every booking of a service's day, in slot and booking order. */
	List<DeskBooking> ofDay(UUID serviceId, LocalDate day) {
		return this.jdbc.sql(SELECT + """
				 WHERE a.service_id = :serviceId AND a.slot_start >= :from AND a.slot_start < :until
				ORDER BY a.slot_start, a.booked_at
				""")
			.param("serviceId", serviceId)
			.param("from", day.atStartOfDay())
			.param("until", day.plusDays(1).atStartOfDay())
			.query(DeskRepository::map)
			.list();
	}

	/**
	 * The bookings in a state whose slot starts from {@code from} on, of one department
	 * or ({@code null}) of all.
	 */
	List<DeskBooking> inState(AppointmentState state, LocalDateTime from, String department, int limit) {
		return this.jdbc.sql(SELECT + """
				 WHERE a.state = :state AND a.slot_start >= :from
				   AND (CAST(:department AS TEXT) IS NULL OR s.department = :department)
				ORDER BY a.slot_start, a.booked_at
				LIMIT :limit
				""")
			.param("state", state.name())
			.param("from", from)
			.param("department", department)
			.param("limit", limit)
			.query(DeskRepository::map)
			.list();
	}

	/** The stored slots of a service's day (those ever booked or changed by staff). */
	List<StoredSlot> slotsOfDay(UUID serviceId, LocalDate day) {
		return this.jdbc.sql("""
				SELECT sl.slot_start, sl.slot_end, sl.capacity, sl.taken, sl.cancelled,
				       (SELECT count(*) FROM appointment a WHERE a.service_id = sl.service_id
				           AND a.slot_start = sl.slot_start AND a.state = 'WAITLISTED') AS waitlisted
				FROM service_slot sl
				WHERE sl.service_id = :serviceId AND sl.slot_start >= :from AND sl.slot_start < :until
				ORDER BY sl.slot_start
				""")
			.param("serviceId", serviceId)
			.param("from", day.atStartOfDay())
			.param("until", day.plusDays(1).atStartOfDay())
			.query((rs, row) -> new StoredSlot(rs.getObject("slot_start", LocalDateTime.class),
					rs.getObject("slot_end", LocalDateTime.class), rs.getInt("capacity"), rs.getInt("taken"),
					rs.getBoolean("cancelled"), rs.getInt("waitlisted")))
			.list();
	}

	Optional<BookableService> service(UUID id) {
		return this.jdbc.sql("SELECT * FROM bookable_service WHERE id = :id")
			.param("id", id)
			.query(DeskRepository::service)
			.optional();
	}

	private static DeskBooking map(ResultSet rs, int row) throws SQLException {
		return new DeskBooking(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
				rs.getObject("slot_start", LocalDateTime.class), rs.getObject("slot_end", LocalDateTime.class),
				AppointmentState.valueOf(rs.getString("state")), SubmissionChannel.valueOf(rs.getString("channel")),
				rs.getString("lawyer_check"), rs.getString("staff_note"), rs.getBoolean("has_openid"),
				instant(rs, "booked_at"), instant(rs, "checked_in_at"), rs.getInt("waitlist_position"),
				rs.getString("service_name"), ServiceKind.valueOf(rs.getString("kind")), rs.getString("place"),
				rs.getString("notes"), rs.getString("department"));
	}

	private static BookableService service(ResultSet rs, int row) throws SQLException {
		ServiceKind kind = ServiceKind.valueOf(rs.getString("kind"));
		return new BookableService(rs.getObject("id", UUID.class), kind, kind.label(), rs.getString("name"),
				rs.getString("department"), rs.getString("leader"), rs.getString("place"),
				rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
				rs.getInt("slot_minutes"), rs.getInt("capacity"), rs.getInt("booking_days_ahead"),
				rs.getInt("booking_closes_hours_before"), dates(rs, "dates"), dates(rs, "blackout_dates"),
				rs.getString("notes"), rs.getBoolean("active"), kind.forLawyers());
	}

	private static List<LocalDate> dates(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map((value) -> ((Date) value).toLocalDate()).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/** A stored slot and its counts. */
	record StoredSlot(LocalDateTime start, LocalDateTime end, int capacity, int taken, boolean cancelled,
			int waitlisted) {
	}

}
