package cn.jianwu.hall.api.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * One year's working-day calendar as the State Council publishes it each November
 * ({@code GET|PUT /api/hall/staff/calendar/{year}}): Monday to Friday are working days
 * except the holidays; the adjusted working days (调休上班) are Saturdays or Sundays that are
 * working days.
 *
 * @param year the year
 * @param holidays statutory holidays and the days off they bring, weekdays among them
 * @param workdays weekend days that are working days
 * @param published whether an administrator entered the year; an unpublished year counts
 * weekends only
 */
public record CalendarYear(int year, @NotNull List<LocalDate> holidays, @NotNull List<LocalDate> workdays,
		boolean published) {

	public CalendarYear {
		holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
		workdays = (workdays != null) ? List.copyOf(workdays) : List.of();
	}

}
