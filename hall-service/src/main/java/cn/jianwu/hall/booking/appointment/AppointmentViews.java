package cn.jianwu.hall.booking.appointment;

import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.booking.service.ServiceRepository;

import org.springframework.stereotype.Component;

/** A booking as the person sees it, and as a calendar file. */
@Component
class AppointmentViews {

	private final ServiceRepository services;

	private final AppointmentRepository appointments;

	private final BookingClock clock;

	AppointmentViews(ServiceRepository services, AppointmentRepository appointments, BookingClock clock) {
		this.services = services;
		this.appointments = appointments;
		this.clock = clock;
	}

	AppointmentLookup lookup(Appointment appointment) {
		BookableService service = this.services.find(appointment.serviceId()).orElseThrow();
		boolean canCancel = appointment.state().active() && appointment.slotStart().isAfter(this.clock.now());
		return new AppointmentLookup(appointment.state(), appointment.state().label(), service.name(), service.kind(),
				service.place(), appointment.slotStart(), appointment.slotEnd(),
				this.appointments.waitlistPosition(appointment), appointment.staffNote(), appointment.checkedInAt(),
				canCancel, service.notes());
	}

	String calendar(Appointment appointment, String host) {
		BookableService service = this.services.find(appointment.serviceId()).orElseThrow();
		return CalendarFile.of(appointment.id(), service.name(), service.place(),
				this.clock.instant(appointment.slotStart()), this.clock.instant(appointment.slotEnd()),
				this.clock.instant(), host);
	}

}
