package cn.jianwu.hall.booking.slot;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The row of each slot that was booked or changed ({@code service_slot}): every change of
 * a slot's bookings locks it first, so that {@code taken} never passes {@code capacity}
 * however many requests race, and a place is freed exactly once.
 */
@Repository
public class SlotRepository {

	private final JdbcClient jdbc;

	SlotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the slot's row for the rest of the transaction, creating it first when nobody
	 * booked the slot yet.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SlotRow lock(UUID serviceId, LocalDateTime start, LocalDateTime end, int capacity) {
		this.jdbc
			.sql("""
					INSERT INTO service_slot (service_id, slot_start, slot_end, capacity) VALUES (:id, :start, :end, :capacity)
					ON CONFLICT (service_id, slot_start) DO NOTHING
					""")
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.param("end", Timestamp.valueOf(end))
			.param("capacity", capacity)
			.update();
		return this.jdbc.sql("""
				SELECT slot_start, slot_end, capacity, taken, cancelled FROM service_slot
				WHERE service_id = :id AND slot_start = :start FOR UPDATE
				""")
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.query(SlotRepository::map)
			.single();
	}

	/** Locks the row of a slot that has one; empty when nobody booked it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<SlotRow> lockExisting(UUID serviceId, LocalDateTime start) {
		return this.jdbc.sql("""
				SELECT slot_start, slot_end, capacity, taken, cancelled FROM service_slot
				WHERE service_id = :id AND slot_start = :start FOR UPDATE
				""")
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.query(SlotRepository::map)
			.optional();
	}

	/** One more place held (the row is locked and has room). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void take(UUID serviceId, LocalDateTime start, int places) {
		this.jdbc.sql("UPDATE service_slot SET taken = taken + :places WHERE service_id = :id AND slot_start = :start")
			.param("places", places)
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.update();
	}

	/** Places given back (the row is locked). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void free(UUID serviceId, LocalDateTime start, int places) {
		this.jdbc.sql("UPDATE service_slot SET taken = taken - :places WHERE service_id = :id AND slot_start = :start")
			.param("places", places)
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.update();
	}

	/** Closes the slot to booking, with what the people booked are told. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void close(UUID serviceId, LocalDateTime start, String reason) {
		this.jdbc
			.sql("""
					UPDATE service_slot SET cancelled = TRUE, cancel_reason = :reason WHERE service_id = :id AND slot_start = :start
					""")
			.param("reason", reason)
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.update();
	}

	/** The rows of the days from {@code from} to {@code to}, both included, by start. */
	public Map<LocalDateTime, SlotRow> between(UUID serviceId, LocalDate from, LocalDate to) {
		Map<LocalDateTime, SlotRow> rows = new HashMap<>();
		this.jdbc.sql("""
				SELECT slot_start, slot_end, capacity, taken, cancelled FROM service_slot
				WHERE service_id = :id AND slot_start >= :from AND slot_start < :until
				""")
			.param("id", serviceId)
			.param("from", Timestamp.valueOf(from.atStartOfDay()))
			.param("until", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
			.query(SlotRepository::map)
			.list()
			.forEach((row) -> rows.put(row.start(), row));
		return rows;
	}

	/** Waitlisted bookings of the days from {@code from} to {@code to}, by slot. */
	public Map<LocalDateTime, Integer> waitlisted(UUID serviceId, LocalDate from, LocalDate to) {
		Map<LocalDateTime, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT slot_start, count(*) AS waiting FROM appointment
				WHERE service_id = :id AND state = 'WAITLISTED' AND slot_start >= :from AND slot_start < :until
				GROUP BY slot_start
				""")
			.param("id", serviceId)
			.param("from", Timestamp.valueOf(from.atStartOfDay()))
			.param("until", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
			.query((rs, row) -> counts.put(rs.getTimestamp("slot_start").toLocalDateTime(), rs.getInt("waiting")))
			.list();
		return counts;
	}

	private static SlotRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SlotRow(rs.getTimestamp("slot_start").toLocalDateTime(),
				rs.getTimestamp("slot_end").toLocalDateTime(), rs.getInt("capacity"), rs.getInt("taken"),
				rs.getBoolean("cancelled"));
	}

	/**
	 * A slot's row.
	 *
	 * @param start when it starts
	 * @param end when it ends
	 * @param capacity its places
	 * @param taken places held
	 * @param cancelled closed by staff
	 */
	public record SlotRow(LocalDateTime start, LocalDateTime end, int capacity, int taken, boolean cancelled) {

		public int remaining() {
			return Math.max(0, this.capacity - this.taken);
		}

	}

}
