package cn.jianwu.hall.booking.slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import cn.jianwu.hall.api.booking.BookableService;

/**
 * Where a service's slots lie: cut from the opening hours by the slot length (a last slot
 * that would run past closing is not offered), on the working days of the hall's calendar
 * — only the service's own dates when it names any — minus its blackout days. A slot may
 * be booked from {@code bookingClosesHoursBefore} before it starts back to
 * {@code bookingDaysAhead} days ahead of today. Pure: the calendar and the time come in.
 */
public final class SlotGrid {

	private SlotGrid() {
	}

	/** Whether the service receives on the day at all. */
	public static boolean offeredOn(BookableService service, LocalDate day, Predicate<LocalDate> workingDay) {
		if (!service.dates().isEmpty() && !service.dates().contains(day)) {
			return false;
		}
		return !service.blackoutDates().contains(day) && workingDay.test(day);
	}

	/** The starts of a day's slots, whether or not the service receives that day. */
	public static List<LocalDateTime> startsOn(BookableService service, LocalDate day) {
		List<LocalDateTime> starts = new ArrayList<>();
		LocalTime start = service.opensAt();
		Duration length = Duration.ofMinutes(service.slotMinutes());
		while (!start.plus(length).isAfter(service.closesAt()) && !start.plus(length).isBefore(start)) {
			starts.add(day.atTime(start));
			start = start.plus(length);
		}
		return starts;
	}

	/** Whether a time is the start of one of the service's slots (any day). */
	public static boolean onGrid(BookableService service, LocalDateTime start) {
		return startsOn(service, start.toLocalDate()).contains(start);
	}

	public static LocalDateTime end(BookableService service, LocalDateTime start) {
		return start.plusMinutes(service.slotMinutes());
	}

	/**
	 * Whether the public may still book the slot now: no later than
	 * {@code bookingClosesHoursBefore} before it starts and no further ahead than
	 * {@code bookingDaysAhead} days.
	 */
	public static boolean inWindow(BookableService service, LocalDateTime start, LocalDateTime now) {
		return !start.minusHours(service.bookingClosesHoursBefore()).isBefore(now)
				&& !start.toLocalDate().isAfter(now.toLocalDate().plusDays(service.bookingDaysAhead()));
	}

	/**
	 * Why the public may not book a slot starting then, in Chinese; empty when it may (as
	 * far as the grid and the calendar go: a cancelled or full slot is for the booking
	 * itself to find).
	 */
	public static Optional<String> whyNot(BookableService service, LocalDateTime start, LocalDateTime now,
			Predicate<LocalDate> workingDay) {
		if (!start.isAfter(now)) {
			return Optional.of("所选时段已过，请选择其他时段");
		}
		if (!onGrid(service, start)) {
			return Optional.of("所选时间不在该服务的接待时段内，请从可预约时段中选择");
		}
		if (!offeredOn(service, start.toLocalDate(), workingDay)) {
			return Optional.of("该服务在所选日期不接待，请选择其他日期");
		}
		if (start.toLocalDate().isAfter(now.toLocalDate().plusDays(service.bookingDaysAhead()))) {
			return Optional.of("该服务最多可预约" + service.bookingDaysAhead() + "天内的时段");
		}
		if (!inWindow(service, start, now)) {
			return Optional.of("该时段已截止预约（须在开始前" + service.bookingClosesHoursBefore() + "小时预约）");
		}
		return Optional.empty();
	}

	/**
	 * Why staff may not move bookings to a slot starting then; empty when they may. Staff
	 * are not bound by the public's booking window, only by the grid and the days.
	 */
	public static Optional<String> whyNotForStaff(BookableService service, LocalDateTime start, LocalDateTime now,
			Predicate<LocalDate> workingDay) {
		if (!start.isAfter(now)) {
			return Optional.of("新时段已过");
		}
		if (!onGrid(service, start)) {
			return Optional.of("新时间不在该服务的接待时段内");
		}
		if (!offeredOn(service, start.toLocalDate(), workingDay)) {
			return Optional.of("该服务在新日期不接待");
		}
		return Optional.empty();
	}

}
