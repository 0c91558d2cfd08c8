package cn.jianwu.hall.booking.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.ServiceDay;
import cn.jianwu.hall.api.booking.Slot;
import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's views of bookings: a service's day (each stored slot with every booking
 * of it) and the bookings in one state, such as those waiting for the case manager. Only
 * stored slots appear — those ever booked or changed by staff; a slot nobody booked has
 * nothing for the desk to do.
 */
@Service
class ServiceDays {

	/** The pending list is a working list, not an archive. */
	static final int LIST_LIMIT = 500;

	private final DeskRepository bookings;

	private final StaffAppointmentViews appointments;

	private final DeskAccess access;

	private final BookingClock clock;

	ServiceDays(DeskRepository bookings, StaffAppointmentViews appointments, DeskAccess access, BookingClock clock) {
		this.bookings = bookings;
		this.appointments = appointments;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ServiceDay day(UUID serviceId, LocalDate date, StaffIdentity staff) {
		BookableService service = this.bookings.service(serviceId).orElseThrow(DeskProblems::serviceNotFound);
		if (!this.access.sees(staff, service.department())) {
			throw DeskProblems.forbidden();
		}
		LocalDate day = (date != null) ? date : this.clock.today();
		LocalDateTime now = this.clock.now();
		Map<LocalDateTime, List<StaffAppointment>> bySlot = this.bookings.ofDay(serviceId, day)
			.stream()
			.collect(Collectors.groupingBy(DeskBooking::slotStart,
					Collectors.mapping(this.appointments::of, Collectors.toList())));
		List<ServiceDay.SlotBookings> slots = new ArrayList<>();
		for (DeskRepository.StoredSlot stored : this.bookings.slotsOfDay(serviceId, day)) {
			Slot slot = new Slot(stored.start(), stored.end(), stored.capacity(),
					stored.cancelled() ? 0 : stored.capacity() - stored.taken(), stored.waitlisted(),
					bookable(service, stored.start(), stored.cancelled(), now), stored.cancelled());
			slots.add(new ServiceDay.SlotBookings(slot, bySlot.getOrDefault(stored.start(), List.of())));
		}
		return new ServiceDay(service, day, slots);
	}

	/**
	 * The bookings in a state from today on, of every service the member sees, in slot
	 * order.
	 */
	@Transactional(readOnly = true)
	List<StaffAppointment> inState(AppointmentState state, StaffIdentity staff) {
		boolean all = this.access.seesAll(staff);
		String department = all ? null : staff.department();
		if (!all && department == null) {
			return List.of();
		}
		return this.bookings.inState(state, this.clock.today().atStartOfDay(), department, LIST_LIMIT)
			.stream()
			.map(this.appointments::of)
			.toList();
	}

	/**
	 * Whether the public could still book the slot: the service is active and offers that
	 * day, the slot is not cancelled, and it is inside the booking window (from now plus
	 * the closing hours up to the last day ahead).
	 */
	static boolean bookable(BookableService service, LocalDateTime start, boolean cancelled, LocalDateTime now) {
		LocalDate day = start.toLocalDate();
		return service.active() && !cancelled && (service.dates().isEmpty() || service.dates().contains(day))
				&& !service.blackoutDates().contains(day)
				&& !start.isBefore(now.plusHours(service.bookingClosesHoursBefore()))
				&& !day.isAfter(now.toLocalDate().plusDays(service.bookingDaysAhead()));
	}

}
