package cn.jianwu.hall.booking.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The bookings ({@code appointment}). */
@Repository
public class AppointmentRepository {

	private static final String ACTIVE = "('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED')";

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void insert(Appointment appointment, byte[] codeHash, byte[] personHash, boolean waitlisted) {
		this.jdbc
			.sql("""
					INSERT INTO appointment (id, service_id, slot_start, slot_end, code_hash, pair_hash, person_hash, state,
					    waitlist_seq, channel, for_lawyer, lawyer_check, has_openid, booked_at)
					VALUES (:id, :serviceId, :start, :end, :codeHash, :pairHash, :personHash, :state,
					    CASE WHEN :waitlisted THEN nextval('appointment_waitlist_seq') END, :channel, :forLawyer, :lawyerCheck,
					    :hasOpenid, :bookedAt)
					""")
			.param("id", appointment.id())
			.param("serviceId", appointment.serviceId())
			.param("start", Timestamp.valueOf(appointment.slotStart()))
			.param("end", Timestamp.valueOf(appointment.slotEnd()))
			.param("codeHash", codeHash)
			.param("pairHash", appointment.pairHash())
			.param("personHash", personHash)
			.param("state", appointment.state().name())
			.param("waitlisted", waitlisted)
			.param("channel", appointment.channel().name())
			.param("forLawyer", appointment.forLawyer())
			.param("lawyerCheck", appointment.lawyerCheck())
			.param("hasOpenid", appointment.hasOpenid())
			.param("bookedAt", Timestamp.from(appointment.bookedAt()))
			.update();
	}

	public Optional<Appointment> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM appointment WHERE id = :id")
			.param("id", id)
			.query(AppointmentRepository::map)
			.optional();
	}

	Optional<Appointment> byCodeHash(byte[] codeHash) {
		return this.jdbc.sql("SELECT * FROM appointment WHERE code_hash = :hash")
			.param("hash", codeHash)
			.query(AppointmentRepository::map)
			.optional();
	}

	/** Whether the person holds an active booking of the service that day. */
	boolean activeOnDay(UUID serviceId, byte[] personHash, LocalDate day) {
		return this.jdbc.sql("""
				SELECT count(*) FROM appointment WHERE service_id = :id AND person_hash = :person
				  AND slot_start >= :from AND slot_start < :until
				  AND state IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'CHECKED_IN')
				""")
			.param("id", serviceId)
			.param("person", personHash)
			.param("from", Timestamp.valueOf(day.atStartOfDay()))
			.param("until", Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
			.query(Integer.class)
			.single() > 0;
	}

	/** The 1-based place in the slot's waitlist; 0 when not waitlisted. */
	public int waitlistPosition(Appointment appointment) {
		if (appointment.state() != AppointmentState.WAITLISTED) {
			return 0;
		}
		return this.jdbc.sql("""
				SELECT count(*) FROM appointment w JOIN appointment me ON me.id = :id
				WHERE w.service_id = me.service_id AND w.slot_start = me.slot_start AND w.state = 'WAITLISTED'
				  AND w.waitlist_seq <= me.waitlist_seq
				""").param("id", appointment.id()).query(Integer.class).single();
	}

	/** The slot's active bookings (the slot's row is locked), oldest first. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Appointment> activeInSlot(UUID serviceId, LocalDateTime start) {
		return this.jdbc
			.sql("SELECT * FROM appointment WHERE service_id = :id AND slot_start = :start AND state IN " + ACTIVE
					+ " ORDER BY booked_at, id")
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.query(AppointmentRepository::map)
			.list();
	}

	/** The first waitlisted booking of the slot (the slot's row is locked). */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Appointment> firstWaitlisted(UUID serviceId, LocalDateTime start) {
		return this.jdbc.sql("""
				SELECT * FROM appointment WHERE service_id = :id AND slot_start = :start AND state = 'WAITLISTED'
				ORDER BY waitlist_seq LIMIT 1
				""")
			.param("id", serviceId)
			.param("start", Timestamp.valueOf(start))
			.query(AppointmentRepository::map)
			.optional();
	}

	/**
	 * Moves a booking from one state to another, only if it is still in the first (the
	 * slot's row is locked): whether it did.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean transition(UUID id, AppointmentState from, AppointmentState to, String staffNote, Instant at) {
		return this.jdbc.sql("""
				UPDATE appointment SET state = :to, staff_note = COALESCE(:note, staff_note), updated_at = :at,
				    cancelled_at = CASE WHEN :to = 'CANCELLED' THEN :at ELSE cancelled_at END,
				    waitlist_seq = CASE WHEN :to = 'WAITLISTED' THEN waitlist_seq END
				WHERE id = :id AND state = :from
				""")
			.param("to", to.name())
			.param("note", staffNote)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	/** Moves a slot's active bookings to another slot (both rows locked). */
	@Transactional(propagation = Propagation.MANDATORY)
	public int move(UUID serviceId, LocalDateTime from, LocalDateTime to, LocalDateTime toEnd, String staffNote,
			Instant at) {
		return this.jdbc
			.sql("UPDATE appointment SET slot_start = :to, slot_end = :toEnd, staff_note = :note, updated_at = :at "
					+ "WHERE service_id = :id AND slot_start = :from AND state IN " + ACTIVE)
			.param("to", Timestamp.valueOf(to))
			.param("toEnd", Timestamp.valueOf(toEnd))
			.param("note", staffNote)
			.param("at", Timestamp.from(at))
			.param("id", serviceId)
			.param("from", Timestamp.valueOf(from))
			.update();
	}

	static Appointment map(ResultSet rs, int row) throws SQLException {
		Timestamp checkedIn = rs.getTimestamp("checked_in_at");
		return new Appointment(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
				rs.getTimestamp("slot_start").toLocalDateTime(), rs.getTimestamp("slot_end").toLocalDateTime(),
				rs.getBytes("pair_hash"), AppointmentState.valueOf(rs.getString("state")),
				SubmissionChannel.valueOf(rs.getString("channel")), rs.getBoolean("for_lawyer"),
				rs.getString("lawyer_check"), rs.getString("staff_note"), rs.getBoolean("has_openid"),
				rs.getTimestamp("booked_at").toInstant(), (checkedIn != null) ? checkedIn.toInstant() : null);
	}

}
