package cn.jianwu.portal.hall.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.jianwu.hall.api.booking.Slot;

/**
 * A day of a service's slots, as the booking page lists them: one group per day that has
 * slots, each slot with what it offers.
 *
 * @param day the day
 * @param slots its slots, in time order
 */
public record SlotDay(LocalDate day, List<Slot> slots) {

	public SlotDay {
		slots = List.copyOf(slots);
	}

	/** The slots grouped by day, days in order; days without slots are left out. */
	public static List<SlotDay> of(List<Slot> slots) {
		Map<LocalDate, List<Slot>> byDay = slots.stream()
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.collect(Collectors.groupingBy((slot) -> slot.start().toLocalDate(), TreeMap::new, Collectors.toList()));
		return byDay.entrySet().stream().map((entry) -> new SlotDay(entry.getKey(), entry.getValue())).toList();
	}

	/** Whether any slot of the day can still be chosen. */
	public boolean anyBookable() {
		return this.slots.stream().anyMatch(Slot::bookable);
	}

	/**
	 * What a slot offers, in words: the free places, or that it is full and one may wait
	 * for a place, or why it cannot be booked.
	 */
	public String availability(Slot slot) {
		if (slot.cancelled()) {
			return "已取消";
		}
		if (!slot.bookable()) {
			return "不可预约";
		}
		if (slot.remaining() > 0) {
			return "余" + slot.remaining() + "个名额";
		}
		return (slot.waitlisted() > 0) ? "已约满，可候补（已有" + slot.waitlisted() + "人候补）" : "已约满，可候补";
	}

	/** Whether a slot is bookable but full: choosing it means joining its waitlist. */
	public boolean full(Slot slot) {
		return slot.bookable() && !slot.cancelled() && slot.remaining() <= 0;
	}

}
