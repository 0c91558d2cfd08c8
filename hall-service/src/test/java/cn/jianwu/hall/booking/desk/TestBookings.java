package cn.jianwu.hall.booking.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.booking.AppointmentPeople;
import cn.jianwu.hall.booking.AppointmentPerson;
import cn.jianwu.hall.hashing.HallHash;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookings made directly in the tables, as the booking feature stores them (hashes of
 * {@link HallHash}, the person sealed by {@link AppointmentPeople}): the desk's tests do
 * not depend on the booking endpoint.
 */
final class TestBookings {

	private final JdbcTemplate jdbc;

	private final HallHash hash;

	private final AppointmentPeople people;

	private final TransactionTemplate transactions;

	TestBookings(JdbcTemplate jdbc, HallHash hash, AppointmentPeople people, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.hash = hash;
		this.people = people;
		this.transactions = transactions;
	}

	/** A new service of 30-minute slots with 3 places, in a department. */
	UUID service(ServiceKind kind, String name, String department) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO bookable_service (id, kind, name, department, place, opens_at, closes_at, slot_minutes,
				                              capacity, booking_days_ahead, booking_closes_hours_before, notes)
				VALUES (?, ?, ?, ?, '检察服务大厅2号接待室', '00:00', '23:59', 30, 3, 14, 0, '请携带身份证')
				""", id, kind.name(), name, department);
		return id;
	}

	/**
	 * A booking of a 30-minute slot (the slot's row made or counted as the booking
	 * feature would).
	 */
	Booked book(UUID serviceId, LocalDateTime slotStart, AppointmentState state, String openid) {
		String code = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String idLast4 = String.format("%03d", ThreadLocalRandom.current().nextInt(1000)) + "X";
		UUID id = UUID.randomUUID();
		LocalDateTime slotEnd = slotStart.plusMinutes(30);
		int holds = state.holdsPlace() ? 1 : 0;
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("""
					INSERT INTO service_slot (service_id, slot_start, slot_end, capacity, taken) VALUES (?, ?, ?, 3, ?)
					ON CONFLICT (service_id, slot_start) DO UPDATE SET taken = service_slot.taken + EXCLUDED.taken
					""", serviceId, slotStart, slotEnd, holds);
			this.jdbc.update(
					"""
							INSERT INTO appointment (id, service_id, slot_start, slot_end, code_hash, pair_hash, person_hash,
							                         state, waitlist_seq, channel, for_lawyer, lawyer_check, has_openid, booked_at,
							                         checked_in_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'WEB', ?, ?, ?, ?, ?)
							""",
					id, serviceId, slotStart, slotEnd, this.hash.bookingCode("booking", code),
					this.hash.bookingPair("booking", code, idLast4), this.hash.person(phone, idLast4), state.name(),
					(state == AppointmentState.WAITLISTED)
							? this.jdbc.queryForObject("SELECT nextval('appointment_waitlist_seq')", Long.class) : null,
					state == AppointmentState.PENDING_CONFIRMATION,
					(state == AppointmentState.PENDING_CONFIRMATION) ? "UNAVAILABLE" : null, openid != null,
					Timestamp.from(Instant.now()),
					(state == AppointmentState.CHECKED_IN) ? Timestamp.from(Instant.now()) : null);
			this.people.seal(id, new AppointmentPerson("张三", phone, idLast4, "咨询案件办理进度", null, null, null, openid));
		});
		return new Booked(id, code, idLast4, phone);
	}

	AppointmentState state(UUID id) {
		return AppointmentState
			.valueOf(this.jdbc.queryForObject("SELECT state FROM appointment WHERE id = ?", String.class, id));
	}

	long audited(UUID id, String action) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action = ?",
				Long.class, id, action);
	}

	record Booked(UUID id, String code, String idLast4, String phone) {
	}

}
