package cn.jianwu.hall.booking.appointment;

import java.time.Instant;
import java.util.Optional;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.slot.SlotGrid;
import cn.jianwu.hall.booking.slot.SlotRepository;
import cn.jianwu.hall.casequery.LawyerVerdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a booking (cancelled by the person or staff, refused) and gives its place back
 * exactly once: the slot's row is locked first, then the booking changes only if it is
 * still in the state read under that lock, and only then is the place freed and the first
 * waitlisted booking of the slot moved up.
 */
@Component
public class Places {

	/** The audit's actor when the system moves a booking up. */
	static final String SYSTEM = "system";

	static final String SYSTEM_NAME = "系统";

	private static final Logger log = LoggerFactory.getLogger(Places.class);

	private final SlotRepository slots;

	private final AppointmentRepository appointments;

	private final BookingEvents events;

	private final HandlingAudit audit;

	Places(SlotRepository slots, AppointmentRepository appointments, BookingEvents events, HandlingAudit audit) {
		this.slots = slots;
		this.appointments = appointments;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Ends a booking.
	 * @param service its service
	 * @param appointment the booking as read before
	 * @param to {@code CANCELLED} or {@code REFUSED}
	 * @param allowedFrom the states it may end from
	 * @param staffNote what staff said, or {@code null}
	 * @param actor who, for the audit
	 * @return the booking as it was under the lock when it ended; empty when it was no
	 * longer in an allowed state (nothing changed)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Appointment> end(BookableService service, Appointment appointment, AppointmentState to,
			java.util.Set<AppointmentState> allowedFrom, String staffNote, Actor actor, Instant at) {
		this.slots.lock(service.id(), appointment.slotStart(), appointment.slotEnd(), service.capacity());
		Appointment current = this.appointments.find(appointment.id()).orElseThrow();
		if (!allowedFrom.contains(current.state()) || !current.slotStart().equals(appointment.slotStart())
				|| !this.appointments.transition(current.id(), current.state(), to, staffNote, at)) {
			return Optional.empty();
		}
		this.audit.append(current.id(),
				(to == AppointmentState.REFUSED) ? "APPOINTMENT_REFUSED" : "APPOINTMENT_CANCELLED", actor.id(),
				actor.name(), current.state().name(), to.name(), null, at);
		if (current.state().holdsPlace()) {
			this.slots.free(service.id(), current.slotStart(), 1);
			promote(service, current, at);
		}
		return Optional.of(current);
	}

	/**
	 * Moves the first waitlisted bookings up while the slot has room (its row locked):
	 * confirmed, or pending the case manager for a lawyer the case system did not vouch
	 * for.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void promote(BookableService service, Appointment freed, Instant at) {
		SlotRepository.SlotRow row = this.slots.lock(service.id(), freed.slotStart(),
				SlotGrid.end(service, freed.slotStart()), service.capacity());
		int room = row.cancelled() ? 0 : row.remaining();
		while (room > 0) {
			Optional<Appointment> next = this.appointments.firstWaitlisted(service.id(), freed.slotStart());
			if (next.isEmpty()) {
				return;
			}
			Appointment waiting = next.get();
			AppointmentState to = (waiting.forLawyer() && !LawyerVerdict.ACTING.name().equals(waiting.lawyerCheck()))
					? AppointmentState.PENDING_CONFIRMATION : AppointmentState.CONFIRMED;
			this.appointments.transition(waiting.id(), AppointmentState.WAITLISTED, to, null, at);
			this.slots.take(service.id(), freed.slotStart(), 1);
			this.audit.append(waiting.id(), "APPOINTMENT_PROMOTED", SYSTEM, SYSTEM_NAME,
					AppointmentState.WAITLISTED.name(), to.name(), null, at);
			this.events.notice(waiting, AppointmentNotice.PROMOTED);
			log.info("Appointment {} moved up from the waitlist to {}", waiting.id(), to);
			room--;
		}
	}

	/**
	 * Who ends a booking, as the audit names them.
	 *
	 * @param id a staff member's username, or the channel the person used
	 * @param name the staff member's name, or the channel's label
	 */
	public record Actor(String id, String name) {

	}

}
