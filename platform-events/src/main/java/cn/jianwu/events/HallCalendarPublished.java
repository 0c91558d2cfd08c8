package cn.jianwu.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A year of the institution's working-day calendar (the State Council's holiday
 * arrangements), as hall-service keeps it: every other service that counts working days
 * reads it from here. Published when a year is entered or changed, and once at start for
 * a year that was never published.
 *
 * @param year the year
 * @param daysOff the days that are not working days although they are weekdays (a
 * holiday's weekend days may be listed too)
 * @param workingDays the Saturdays and Sundays that are working days (调休)
 * @param publishedAt when
 */
public record HallCalendarPublished(int year, List<LocalDate> daysOff, List<LocalDate> workingDays,
		Instant publishedAt) implements PlatformEvent {

	public HallCalendarPublished {
		daysOff = (daysOff != null) ? List.copyOf(daysOff) : List.of();
		workingDays = (workingDays != null) ? List.copyOf(workingDays) : List.of();
	}

	@Override
	public String key() {
		return Integer.toString(this.year);
	}

}
