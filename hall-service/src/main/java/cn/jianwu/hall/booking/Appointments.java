package cn.jianwu.hall.booking;

import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.BookingReceipt;
import cn.jianwu.hall.booking.appointment.BookingService;
import cn.jianwu.hall.booking.service.ServiceDefinitions;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.stereotype.Component;

/**
 * What other features may do with appointments (the demo seeds services and bookings):
 * the same use cases as the HTTP API, with all their rules.
 */
@Component
public class Appointments {

	private final ServiceDefinitions definitions;

	private final BookingService bookings;

	Appointments(ServiceDefinitions definitions, BookingService bookings) {
		this.definitions = definitions;
		this.bookings = bookings;
	}

	/** Defines a service as the member of staff. */
	public BookableService define(BookableServiceRequest request, StaffIdentity staff) {
		return this.definitions.define(request, staff);
	}

	/** Books as the public does, counted against the client's throttle. */
	public BookingReceipt book(AppointmentRequest request, String clientKey) {
		return this.bookings.book(request, clientKey);
	}

}
