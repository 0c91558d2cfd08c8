package cn.jianwu.hall.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot of the calendar: the days that differ from the weekend rule, and the years
 * an administrator entered.
 *
 * @param exceptions day → whether it is a working day, for holidays and adjusted working
 * days
 * @param years the years the calendar holds
 */
record CalendarDays(Map<LocalDate, Boolean> exceptions, Set<Integer> years) {

	CalendarDays {
		exceptions = Map.copyOf(exceptions);
		years = Set.copyOf(years);
	}

	boolean isWorkingDay(LocalDate day) {
		Boolean exception = this.exceptions.get(day);
		if (exception != null) {
			return exception;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

}
