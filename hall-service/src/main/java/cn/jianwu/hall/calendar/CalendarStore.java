package cn.jianwu.hall.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.hall.api.calendar.CalendarYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's tables: {@code calendar_year} and {@code calendar_day}. */
@Component
class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CalendarDays load() {
		Map<LocalDate, Boolean> exceptions = new HashMap<>();
		this.jdbc.sql("SELECT day, working FROM calendar_day")
			.query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getBoolean("working")))
			.list()
			.forEach((entry) -> exceptions.put(entry.getKey(), entry.getValue()));
		Set<Integer> years = Set.copyOf(this.jdbc.sql("SELECT year FROM calendar_year").query(Integer.class).list());
		return new CalendarDays(exceptions, years);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void replace(CalendarYear year, String actor, Instant at) {
		this.jdbc.sql("DELETE FROM calendar_day WHERE year = :year").param("year", year.year()).update();
		this.jdbc.sql("""
				INSERT INTO calendar_year (year, updated_by, updated_at) VALUES (:year, :actor, :at)
				ON CONFLICT (year) DO UPDATE SET updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
				""").param("year", year.year()).param("actor", actor).param("at", Timestamp.from(at)).update();
		insert(year.year(), year.holidays(), false);
		insert(year.year(), year.workdays(), true);
	}

	private void insert(int year, List<LocalDate> days, boolean working) {
		for (LocalDate day : days) {
			this.jdbc.sql("INSERT INTO calendar_day (day, year, working) VALUES (:day, :year, :working)")
				.param("day", day)
				.param("year", year)
				.param("working", working)
				.update();
		}
	}

}
