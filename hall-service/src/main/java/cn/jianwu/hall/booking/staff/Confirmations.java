package cn.jianwu.hall.booking.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.hall.booking.appointment.Appointment;
import cn.jianwu.hall.booking.appointment.AppointmentRepository;
import cn.jianwu.hall.booking.appointment.BookingEvents;
import cn.jianwu.hall.booking.appointment.Places;
import cn.jianwu.hall.booking.service.ServiceRepository;
import cn.jianwu.hall.booking.slot.SlotRepository;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case manager decides on a lawyer's booking the case system did not vouch for:
 * confirmed, it keeps its place; refused (with the reason the lawyer is told), the place
 * goes to the first waitlisted booking. Each decision is audited and the lawyer told.
 */
@Service
class Confirmations {

	private static final Logger log = LoggerFactory.getLogger(Confirmations.class);

	private final ServiceRepository services;

	private final SlotRepository slots;

	private final AppointmentRepository appointments;

	private final Places places;

	private final BookingEvents events;

	private final HandlingAudit audit;

	private final BookingClock clock;

	Confirmations(ServiceRepository services, SlotRepository slots, AppointmentRepository appointments, Places places,
			BookingEvents events, HandlingAudit audit, BookingClock clock) {
		this.services = services;
		this.slots = slots;
		this.appointments = appointments;
		this.places = places;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Appointment confirm(UUID id, StaffIdentity staff) {
		Appointment appointment = pending(id);
		BookableService service = this.services.find(appointment.serviceId()).orElseThrow();
		this.slots.lock(service.id(), appointment.slotStart(), appointment.slotEnd(), service.capacity());
		Instant now = this.clock.instant();
		if (!this.appointments.transition(id, AppointmentState.PENDING_CONFIRMATION, AppointmentState.CONFIRMED, null,
				now)) {
			throw notPending();
		}
		this.audit.append(id, "APPOINTMENT_CONFIRMED", staff.username(), staff.name(),
				AppointmentState.PENDING_CONFIRMATION.name(), AppointmentState.CONFIRMED.name(), null, now);
		this.events.notice(appointment, AppointmentNotice.CONFIRMED);
		log.info("Appointment {} confirmed by {}", id, staff.username());
		return this.appointments.find(id).orElseThrow();
	}

	@Transactional
	Appointment refuse(UUID id, String reason, StaffIdentity staff) {
		Appointment appointment = pending(id);
		BookableService service = this.services.find(appointment.serviceId()).orElseThrow();
		Instant now = this.clock.instant();
		this.places
			.end(service, appointment, AppointmentState.REFUSED, EnumSet.of(AppointmentState.PENDING_CONFIRMATION),
					reason.strip(), new Places.Actor(staff.username(), staff.name()), now)
			.orElseThrow(Confirmations::notPending);
		this.events.notice(appointment, AppointmentNotice.REFUSED);
		this.events.agendaChanged(appointment.slotStart().toLocalDate());
		log.info("Appointment {} refused by {}", id, staff.username());
		return this.appointments.find(id).orElseThrow();
	}

	private Appointment pending(UUID id) {
		Appointment appointment = this.appointments.find(id).orElseThrow(BookingProblem::appointmentNotFound);
		if (appointment.state() != AppointmentState.PENDING_CONFIRMATION) {
			throw notPending();
		}
		return appointment;
	}

	private static BookingProblem notPending() {
		return BookingProblem.conflict("该预约不是待确认状态", "只有待确认的律师预约才能确认或不予确认。");
	}

}
