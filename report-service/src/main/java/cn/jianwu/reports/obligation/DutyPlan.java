package cn.jianwu.reports.obligation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.obligation.DutyState;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationView;
import cn.jianwu.reports.calendar.WorkingCalendar;

/**
 * Which duties an obligation has, when each is due and which publications count for it —
 * pure arithmetic on a calendar, so that the rules are tested without a database.
 * <ul>
 * <li>QUARTERLY: one per quarter, due on the quarter's last working day plus the grace
 * (working days).</li>
 * <li>YEARLY: one per year, due on its month and day (the next working day when that is
 * off; 29 February in a common year is the 28th), or — {@code due_within_days}, e.g. 部门预算
 * within N days of its approval, which the platform does not learn — within N calendar
 * days of 1 January: the year's day N, moved to the next working day when off.</li>
 * <li>AD_HOC with a due date (a rectification demand): one, due that day. Without one it
 * is disclosed as things happen and has no duty.</li>
 * <li>LONG_TERM: one standing duty, due the configured working days after the obligation
 * was entered, met while a live item (published, not withdrawn) names it.</li>
 * </ul>
 * A periodic duty counts the items first published in its window: from its period's start
 * (or the day after the previous period's due day, when a grace reaches into the period)
 * to its period's end (or its due day, when later). The windows of one obligation do not
 * overlap, so one item meets one duty. There are no duties due before the obligation was
 * entered, nor due after it was deactivated.
 */
final class DutyPlan {

	/** The window of a standing duty has no end. */
	static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

	private final WorkingCalendar calendar;

	private final ObligationProperties properties;

	private final ZoneId zone;

	DutyPlan(WorkingCalendar calendar, ObligationProperties properties, ZoneId zone) {
		this.calendar = calendar;
		this.properties = properties;
		this.zone = zone;
	}

	/**
	 * The obligation's duties due from {@code from} to {@code to}; a standing duty
	 * (LONG_TERM, AD_HOC) also when due earlier and still open as of {@code today} is
	 * decided later, so it is planned whenever it is due by {@code to}.
	 */
	List<Planned> plan(ObligationCatalog.Entry entry, LocalDate from, LocalDate to) {
		ObligationView obligation = entry.obligation();
		LocalDate entered = obligation.createdAt().atZone(this.zone).toLocalDate();
		LocalDate stopped = (!obligation.active() && entry.updatedAt() != null)
				? entry.updatedAt().atZone(this.zone).toLocalDate() : null;
		if (!obligation.active() && stopped == null) {
			return List.of();
		}
		List<Planned> planned = new ArrayList<>();
		switch (obligation.frequency()) {
			case QUARTERLY -> {
				for (Quarter quarter = Quarter.of(from).previous(); !quarter.firstDay().isAfter(to); quarter = quarter
					.next()) {
					LocalDate due = quarterDue(quarter);
					LocalDate windowFrom = max(quarter.firstDay(), quarterDue(quarter.previous()).plusDays(1));
					planned.add(new Planned(obligation, quarter.toString(), quarter.label(), due, windowFrom,
							max(quarter.lastDay(), due), false, false));
				}
			}
			case YEARLY -> {
				for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
					LocalDate due = yearDue(obligation, year);
					LocalDate windowFrom = max(LocalDate.of(year, 1, 1), yearDue(obligation, year - 1).plusDays(1));
					planned.add(new Planned(obligation, Integer.toString(year), year + "年度", due, windowFrom,
							max(LocalDate.of(year, 12, 31), due), false, false));
				}
			}
			case AD_HOC -> {
				if (obligation.dueDate() != null) {
					planned.add(new Planned(obligation, Frequency.AD_HOC.name(), Frequency.AD_HOC.label(),
							obligation.dueDate(), entered, OPEN_END, false, true));
				}
			}
			case LONG_TERM ->
				planned.add(new Planned(obligation, Frequency.LONG_TERM.name(), Frequency.LONG_TERM.label(),
						this.calendar.plusWorkingDays(entered, this.properties.longTermWorkingDays()), entered,
						OPEN_END, true, true));
		}
		return planned.stream()
			.filter((duty) -> !duty.due().isBefore(entered) && (stopped == null || !duty.due().isAfter(stopped)))
			.filter((duty) -> duty.standing() ? !duty.due().isAfter(to)
					: !duty.due().isBefore(from) && !duty.due().isAfter(to))
			.toList();
	}

	/**
	 * Where a duty stands on {@code today}: met (on time or late) when an item was
	 * published by today, overdue from the first working day after its due day.
	 * @param metOn the first publication day in its window, {@code null} for none
	 */
	DutyState state(LocalDate due, LocalDate metOn, LocalDate today) {
		if (metOn != null && !metOn.isAfter(today)) {
			return metOn.isAfter(due) ? DutyState.MET_LATE : DutyState.MET;
		}
		return today.isBefore(this.calendar.nextWorkingDay(due)) ? DutyState.DUE : DutyState.OVERDUE;
	}

	LocalDate quarterDue(Quarter quarter) {
		return this.calendar.plusWorkingDays(this.calendar.lastWorkingDay(quarter.firstDay(), quarter.lastDay()),
				this.properties.quarterlyGraceWorkingDays());
	}

	LocalDate yearDue(ObligationView obligation, int year) {
		if (obligation.dueWithinDays() != null) {
			return this.calendar.onOrAfter(LocalDate.of(year, 1, 1).plusDays(obligation.dueWithinDays() - 1L));
		}
		MonthDay day = MonthDay.of(obligation.dueMonth(), obligation.dueDay());
		return this.calendar.onOrAfter(day.atYear(Year.of(year).getValue()));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * One duty before it is matched with the items.
	 *
	 * @param period e.g. 2026Q4, 2026, LONG_TERM
	 * @param liveOnly only items not withdrawn count
	 * @param standing without a period (LONG_TERM, AD_HOC)
	 */
	record Planned(ObligationView obligation, String period, String periodLabel, LocalDate due, LocalDate windowFrom,
			LocalDate windowTo, boolean liveOnly, boolean standing) {
	}

}
