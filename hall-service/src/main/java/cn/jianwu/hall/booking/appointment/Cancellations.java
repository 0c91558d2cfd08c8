package cn.jianwu.hall.booking.appointment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.hall.booking.service.ServiceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person cancels a booking found by its code: once. A second cancellation (or one
 * racing the first) finds it cancelled already under the slot's lock and frees nothing.
 */
@Service
class Cancellations {

	private static final Logger log = LoggerFactory.getLogger(Cancellations.class);

	private static final Set<AppointmentState> CANCELLABLE = EnumSet.of(AppointmentState.PENDING_CONFIRMATION,
			AppointmentState.CONFIRMED, AppointmentState.WAITLISTED);

	private final ServiceRepository services;

	private final AppointmentRepository appointments;

	private final Places places;

	private final BookingEvents events;

	private final BookingClock clock;

	Cancellations(ServiceRepository services, AppointmentRepository appointments, Places places, BookingEvents events,
			BookingClock clock) {
		this.services = services;
		this.appointments = appointments;
		this.places = places;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Appointment byPerson(Appointment appointment) {
		if (appointment.state() == AppointmentState.CANCELLED) {
			throw alreadyCancelled();
		}
		if (!CANCELLABLE.contains(appointment.state())) {
			throw BookingProblem.conflict("该预约无法取消", "该预约当前状态为“" + appointment.state().label() + "”，无法取消。");
		}
		if (!appointment.slotStart().isAfter(this.clock.now())) {
			throw BookingProblem.conflict("预约时段已开始", "预约时段已开始，无法在线取消。");
		}
		BookableService service = this.services.find(appointment.serviceId()).orElseThrow();
		Instant now = this.clock.instant();
		Optional<Appointment> ended = this.places.end(service, appointment, AppointmentState.CANCELLED, CANCELLABLE,
				null, new Places.Actor(appointment.channel().name(), appointment.channel().label()), now);
		if (ended.isEmpty()) {
			throw alreadyCancelled();
		}
		this.events.cancelled(appointment, false);
		if (ended.get().state().holdsPlace()) {
			this.events.agendaChanged(appointment.slotStart().toLocalDate());
		}
		log.info("Appointment {} cancelled by the person", appointment.id());
		return this.appointments.find(appointment.id()).orElseThrow();
	}

	private static BookingProblem alreadyCancelled() {
		return BookingProblem.conflict("该预约已取消", "该预约此前已经取消，无需重复取消。");
	}

}
