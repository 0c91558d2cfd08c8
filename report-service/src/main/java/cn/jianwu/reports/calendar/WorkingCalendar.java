package cn.jianwu.reports.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The working-day arithmetic on a fixed calendar: weekends are off unless listed as
 * working days (调休), listed days off are off. Immutable, so that one computation sees one
 * calendar.
 */
public final class WorkingCalendar {

	/** How far a search for a working day may go: the longest holiday is a few days. */
	private static final int MAX_SEARCH_DAYS = 366;

	private final Set<LocalDate> daysOff;

	private final Set<LocalDate> workingDays;

	public WorkingCalendar(Set<LocalDate> daysOff, Set<LocalDate> workingDays) {
		this.daysOff = Set.copyOf(daysOff);
		this.workingDays = Set.copyOf(workingDays);
	}

	public boolean isWorkingDay(LocalDate day) {
		if (this.workingDays.contains(day)) {
			return true;
		}
		if (this.daysOff.contains(day)) {
			return false;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/** The last working day from {@code first} to {@code last}, both included. */
	public LocalDate lastWorkingDay(LocalDate first, LocalDate last) {
		for (LocalDate day = last; !day.isBefore(first); day = day.minusDays(1)) {
			if (isWorkingDay(day)) {
				return day;
			}
		}
		throw new IllegalArgumentException("No working day from " + first + " to " + last);
	}

	/** The day itself when it is a working day, else the next working day. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate candidate = day;
		for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
			if (isWorkingDay(candidate)) {
				return candidate;
			}
			candidate = candidate.plusDays(1);
		}
		throw new IllegalStateException("No working day within a year after " + day);
	}

	/** The first working day after the day. */
	public LocalDate nextWorkingDay(LocalDate day) {
		return onOrAfter(day.plusDays(1));
	}

	/**
	 * The working day {@code n} working days after the day (n = 0: the day itself, or the
	 * next working day when it is off).
	 */
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("Only forward: " + n);
		}
		LocalDate result = onOrAfter(day);
		for (int i = 0; i < n; i++) {
			result = nextWorkingDay(result);
		}
		return result;
	}

}
