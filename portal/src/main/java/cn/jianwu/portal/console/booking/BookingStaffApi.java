package cn.jianwu.portal.console.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ReasonRequest;
import cn.jianwu.hall.api.booking.ServiceDay;
import cn.jianwu.hall.api.booking.SlotChangeRequest;
import cn.jianwu.hall.api.booking.SlotChangeResult;
import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * hall-service's staff API for appointments ({@code /api/hall/staff/services/**},
 * {@code /api/hall/staff/appointments/**}), called with the member's token: hall-service
 * decides who may define services, see a day or confirm a lawyer.
 */
@Component
public class BookingStaffApi {

	private final StaffApiClient client;

	BookingStaffApi(ConsoleServices services) {
		this.client = services.hall();
	}

	List<BookableService> services(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<BookableService>>() {
		}, "/api/hall/staff/services");
	}

	BookableService service(ConsoleUser user, UUID id) {
		return this.client.get(user, BookableService.class, "/api/hall/staff/services/{id}", id);
	}

	BookableService define(ConsoleUser user, BookableServiceRequest request) {
		return this.client.post(user, request, BookableService.class, "/api/hall/staff/services");
	}

	BookableService change(ConsoleUser user, UUID id, BookableServiceRequest request) {
		return this.client.put(user, request, BookableService.class, "/api/hall/staff/services/{id}", id);
	}

	ServiceDay day(ConsoleUser user, UUID id, LocalDate date) {
		return this.client.get(user, ServiceDay.class, "/api/hall/staff/services/{id}/day?date={date}", id, date);
	}

	/**
	 * The start page's figures: today's bookings of the active services whose day the
	 * member may see, and the lawyers' bookings waiting for confirmation when the member
	 * may see those; what hall-service refuses the member is left out, not fatal.
	 */
	public BookingCounts counts(ConsoleUser user, LocalDate today) {
		Long booked = null;
		for (BookableService service : services(user)) {
			if (!service.active()) {
				continue;
			}
			try {
				long holding = day(user, service.id(), today).slots()
					.stream()
					.flatMap((slot) -> slot.appointments().stream())
					.filter((booking) -> booking.state().holdsPlace())
					.count();
				booked = ((booked != null) ? booked : 0L) + holding;
			}
			catch (ConsoleApiException ex) {
				// not a day of the member's department: not counted
			}
		}
		Long waiting;
		try {
			waiting = (long) pending(user).size();
		}
		catch (ConsoleApiException ex) {
			waiting = null;
		}
		return new BookingCounts(booked, waiting);
	}

	/**
	 * Lawyers' bookings waiting for the case manager, oldest first as hall-service sends
	 * them.
	 */
	public List<StaffAppointment> pending(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<StaffAppointment>>() {
		}, "/api/hall/staff/appointments?state={state}", AppointmentState.PENDING_CONFIRMATION.name());
	}

	void confirm(ConsoleUser user, UUID appointment) {
		this.client.post(user, java.util.Map.of(), Void.class, "/api/hall/staff/appointments/{id}/confirm",
				appointment);
	}

	void refuse(ConsoleUser user, UUID appointment, ReasonRequest request) {
		this.client.post(user, request, Void.class, "/api/hall/staff/appointments/{id}/refuse", appointment);
	}

	void checkIn(ConsoleUser user, UUID appointment) {
		this.client.post(user, java.util.Map.of(), Void.class, "/api/hall/staff/appointments/{id}/check-in",
				appointment);
	}

	SlotChangeResult moveSlot(ConsoleUser user, UUID service, SlotChangeRequest request) {
		return this.client.post(user, request, SlotChangeResult.class, "/api/hall/staff/services/{id}/slots/move",
				service);
	}

	SlotChangeResult cancelSlot(ConsoleUser user, UUID service, SlotChangeRequest request) {
		return this.client.post(user, request, SlotChangeResult.class, "/api/hall/staff/services/{id}/slots/cancel",
				service);
	}

}
