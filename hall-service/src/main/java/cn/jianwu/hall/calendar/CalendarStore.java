package cn.jianwu.hall.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.events.HallCalendarPublished;
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
		// published in the same transaction (the caller records the event in the outbox)
		this.jdbc.sql("""
				INSERT INTO calendar_year (year, updated_by, updated_at, published_at) VALUES (:year, :actor, :at, :at)
				ON CONFLICT (year) DO UPDATE SET updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at,
				    published_at = EXCLUDED.published_at
				""").param("year", year.year()).param("actor", actor).param("at", Timestamp.from(at)).update();
		insert(year.year(), year.holidays(), false);
		insert(year.year(), year.workdays(), true);
	}

	/**
	 * Marks the years never published as published at {@code at} and returns them. The
	 * rows stay locked until the caller's transaction ends, so that another instance
	 * starting at the same time finds them published and returns none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Integer> claimUnpublished(Instant at) {
		return this.jdbc.sql("UPDATE calendar_year SET published_at = :at WHERE published_at IS NULL RETURNING year")
			.param("at", Timestamp.from(at))
			.query(Integer.class)
			.list();
	}

	/**
	 * The year as {@code hall.events} tells it: exactly its {@code calendar_day} rows,
	 * split by whether the day is worked.
	 */
	HallCalendarPublished published(int year, Instant at) {
		List<Map.Entry<LocalDate, Boolean>> days = this.jdbc
			.sql("SELECT day, working FROM calendar_day WHERE year = :year ORDER BY day")
			.param("year", year)
			.query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getBoolean("working")))
			.list();
		return new HallCalendarPublished(year,
				days.stream().filter((day) -> !day.getValue()).map(Map.Entry::getKey).toList(),
				days.stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList(), at);
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
