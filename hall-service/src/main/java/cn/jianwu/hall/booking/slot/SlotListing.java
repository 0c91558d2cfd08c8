package cn.jianwu.hall.booking.slot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.Slot;

/**
 * A service's slots between two days as the public sees them: the grid on the days it
 * receives, with the places the booked rows hold, the waitlists, and whether each can
 * still be booked. Pure.
 */
public final class SlotListing {

	private SlotListing() {
	}

	public static List<Slot> slots(BookableService service, LocalDate from, LocalDate to, LocalDateTime now,
			Predicate<LocalDate> workingDay, Map<LocalDateTime, SlotRepository.SlotRow> rows,
			Map<LocalDateTime, Integer> waitlisted) {
		List<Slot> slots = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (!SlotGrid.offeredOn(service, day, workingDay)) {
				continue;
			}
			for (LocalDateTime start : SlotGrid.startsOn(service, day)) {
				SlotRepository.SlotRow row = rows.get(start);
				int capacity = (row != null) ? row.capacity() : service.capacity();
				int remaining = (row != null) ? row.remaining() : capacity;
				boolean cancelled = row != null && row.cancelled();
				boolean bookable = !cancelled && service.active() && start.isAfter(now)
						&& SlotGrid.inWindow(service, start, now);
				slots.add(new Slot(start, SlotGrid.end(service, start), capacity, cancelled ? 0 : remaining,
						waitlisted.getOrDefault(start, 0), bookable, cancelled));
			}
		}
		return slots;
	}

}
