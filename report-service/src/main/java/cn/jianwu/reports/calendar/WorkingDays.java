package cn.jianwu.reports.calendar;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.reports.api.Quarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The institution's working days, from the calendars hall-service publishes (table
 * {@code calendar_year} of the read model). A year without a published calendar counts
 * weekends only, and says so once in the log. Each call reads the calendar anew (one
 * small row per year), so a calendar published later counts at once; for many dates at
 * once take a {@link #calendar} and ask it.
 */
@Component
public class WorkingDays {

	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private final JdbcClient jdbc;

	private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

	WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		return calendar(day.getYear(), day.getYear()).isWorkingDay(day);
	}

	/** The quarter's last working day. */
	public LocalDate lastWorkingDay(Quarter quarter) {
		return lastWorkingDay(quarter.firstDay(), quarter.lastDay());
	}

	/** The last working day of a period, both ends included. */
	public LocalDate lastWorkingDay(LocalDate first, LocalDate last) {
		return calendar(first.getYear(), last.getYear()).lastWorkingDay(first, last);
	}

	/** {@link WorkingCalendar#plusWorkingDays}. */
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		// a holiday at the turn of the year: the next year's calendar counts too
		return calendar(day.getYear(), day.getYear() + 1).plusWorkingDays(day, n);
	}

	/** The calendar of the years {@code from} to {@code to}, as published now. */
	public WorkingCalendar calendar(int from, int to) {
		Set<LocalDate> off = new HashSet<>();
		Set<LocalDate> working = new HashSet<>();
		Set<Integer> found = new HashSet<>();
		this.jdbc.sql("SELECT year, days_off, working_days FROM calendar_year WHERE year BETWEEN :from AND :to")
			.param("from", from)
			.param("to", to + 1)
			.query((rs, row) -> {
				found.add(rs.getInt("year"));
				off.addAll(dates(rs.getArray("days_off")));
				working.addAll(dates(rs.getArray("working_days")));
				return null;
			})
			.list();
		for (int year = from; year <= to; year++) {
			if (!found.contains(year) && this.warned.add(year)) {
				log.warn("No working-day calendar published for {}: counting weekends only", year);
			}
		}
		return new WorkingCalendar(off, working);
	}

	private static List<LocalDate> dates(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map((value) -> ((Date) value).toLocalDate()).toList();
	}

}
