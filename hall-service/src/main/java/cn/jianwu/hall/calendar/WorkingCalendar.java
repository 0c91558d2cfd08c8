package cn.jianwu.hall.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.hall.api.calendar.CalendarYear;
import cn.jianwu.hall.outbox.HallOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which days are working days: Monday to Friday, except the statutory holidays, plus the
 * adjusted working days (调休上班) — as the State Council publishes them each November and an
 * administrator enters them (table {@code calendar_day}). A year nobody entered counts
 * weekends only, and the service says so once.
 */
@Component
public class WorkingCalendar {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	/** Every instance re-reads the table this often, so that an update reaches all. */
	private static final long REFRESH_MILLIS = 60_000;

	private final CalendarStore store;

	private final Clock clock;

	private final HallOutbox outbox;

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	private volatile CalendarDays days;

	private volatile long loadedAt;

	WorkingCalendar(CalendarStore store, Clock clock, HallOutbox outbox) {
		this.store = store;
		this.clock = clock;
		this.outbox = outbox;
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarDays snapshot = snapshot();
		if (!snapshot.years().contains(day.getYear()) && this.warnedYears.add(day.getYear())) {
			log.warn("The working-day calendar has no holidays for {}: counting weekends only until an administrator "
					+ "enters the year's arrangements", day.getYear());
		}
		return snapshot.isWorkingDay(day);
	}

	/** The day itself when it is a working day, else the next working day. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate candidate = day;
		while (!isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/**
	 * The {@code count}-th working day after {@code day} (the day itself not counted).
	 */
	public LocalDate plusWorkingDays(LocalDate day, int count) {
		LocalDate candidate = day;
		int counted = 0;
		while (counted < count) {
			candidate = candidate.plusDays(1);
			if (isWorkingDay(candidate)) {
				counted++;
			}
		}
		return candidate;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}: 0 on the same day,
	 * 1 from a Friday to the Monday after.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** One year as entered, or the weekend rule only when nobody entered it. */
	public CalendarYear year(int year) {
		CalendarDays snapshot = snapshot();
		List<LocalDate> holidays = new ArrayList<>();
		List<LocalDate> workdays = new ArrayList<>();
		new TreeSet<>(snapshot.exceptions().keySet()).stream()
			.filter((day) -> day.getYear() == year)
			.forEach((day) -> (snapshot.exceptions().get(day) ? workdays : holidays).add(day));
		return new CalendarYear(year, holidays, workdays, snapshot.years().contains(year));
	}

	/**
	 * Replaces a year's holidays and adjusted working days and publishes them on
	 * {@code hall.events} (report-service's deadlines count by them too). Deadlines
	 * already given keep their days: a writer was told them.
	 */
	@Transactional
	public CalendarYear update(CalendarYear year, String actor) {
		Instant now = Instant.now(this.clock);
		this.store.replace(year, actor, now);
		this.outbox.record(this.store.published(year.year(), now));
		this.loadedAt = 0;
		this.warnedYears.remove(year.year());
		return year(year.year());
	}

	private CalendarDays snapshot() {
		long now = System.currentTimeMillis();
		CalendarDays current = this.days;
		if (current == null || now - this.loadedAt > REFRESH_MILLIS) {
			current = this.store.load();
			this.days = current;
			this.loadedAt = now;
		}
		return current;
	}

}
