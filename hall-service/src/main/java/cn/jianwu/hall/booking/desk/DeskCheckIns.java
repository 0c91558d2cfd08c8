package cn.jianwu.hall.booking.desk;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.platform.security.StaffIdentity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a booking in, at the kiosk or at the desk: the row is locked, the rules decide
 * on the state as it is now, and the check-in is stored and audited in one transaction. A
 * repeated check-in changes nothing and answers the first one. Checking in does not
 * change the day's agenda (the booking held its place already), so no event is raised.
 */
@Service
class DeskCheckIns {

	static final String ACTION = "CHECK_IN";

	private static final Logger log = LoggerFactory.getLogger(DeskCheckIns.class);

	private final DeskRepository bookings;

	private final DeskAccess access;

	private final HandlingAudit audit;

	private final BookingClock clock;

	private final CheckInRules rules;

	DeskCheckIns(DeskRepository bookings, DeskAccess access, HandlingAudit audit, BookingClock clock,
			DeskProperties properties) {
		this.bookings = bookings;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.rules = new CheckInRules(properties.checkInOpensMinutesBefore());
	}

	/**
	 * @param id the booking
	 * @param actor who checks in (the kiosk's channel, or the staff member's username)
	 * @param actorName their name as the audit trail shows it
	 * @return the booking as checked in
	 * @throws org.springframework.web.ErrorResponseException 409 with the reason when the
	 * rules refuse, 404 when there is no such booking
	 */
	@Transactional
	DeskBooking checkIn(UUID id, String actor, String actorName) {
		return checkInLocked(this.bookings.lock(id).orElseThrow(DeskProblems::appointmentNotFound), actor, actorName);
	}

	/**
	 * The desk checks someone in: a member of staff who sees the booking's service.
	 * @throws org.springframework.web.ErrorResponseException 403 for other staff
	 */
	@Transactional
	DeskBooking checkInAtDesk(UUID id, StaffIdentity staff) {
		DeskBooking booking = this.bookings.lock(id).orElseThrow(DeskProblems::appointmentNotFound);
		if (!this.access.sees(staff, booking.department())) {
			throw DeskProblems.forbidden();
		}
		return checkInLocked(booking, staff.username(), staff.name());
	}

	private DeskBooking checkInLocked(DeskBooking booking, String actor, String actorName) {
		UUID id = booking.id();
		Instant now = this.clock.instant();
		Optional<String> refusal = this.rules.refusal(booking.state(), booking.slotStart(), booking.slotEnd(),
				this.clock.local(now));
		if (refusal.isPresent()) {
			log.info("Check-in of appointment {} refused in state {}", id, booking.state());
			throw DeskProblems.checkInRefused(refusal.get());
		}
		if (booking.state() == AppointmentState.CHECKED_IN) {
			return booking;
		}
		this.bookings.checkIn(id, now);
		this.audit.append(id, ACTION, actor, actorName, booking.state().name(), AppointmentState.CHECKED_IN.name(),
				null, now);
		log.info("Appointment {} checked in by {}", id, actor);
		return this.bookings.byId(id).orElseThrow();
	}

}
