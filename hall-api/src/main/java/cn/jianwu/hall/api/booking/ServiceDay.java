package cn.jianwu.hall.api.booking;

import java.time.LocalDate;
import java.util.List;

/**
 * The console's day view of a service ({@code GET
 * /api/hall/staff/services/{id}/day?date=}): each slot with its bookings, check-ins and
 * no-shows.
 *
 * @param service the service
 * @param date the day
 * @param slots in time order
 */
public record ServiceDay(BookableService service, LocalDate date, List<SlotBookings> slots) {

	public ServiceDay {
		slots = List.copyOf(slots);
	}

	/**
	 * One slot and its bookings.
	 *
	 * @param slot the slot
	 * @param appointments every booking of it, waitlisted and cancelled included
	 */
	public record SlotBookings(Slot slot, List<StaffAppointment> appointments) {

		public SlotBookings {
			appointments = List.copyOf(appointments);
		}

	}

}
