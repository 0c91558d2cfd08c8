package cn.jianwu.reports.obligation;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.obligation.Duty;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.calendar.WorkingDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The duties ("公开任务") of the register as of a given day: planned in Java from the
 * obligations (a few dozen, a few periods each, {@link DutyPlan}), matched with the items
 * that name them by one SQL query over {@code item_revision}. "As of" is a parameter, so
 * that what a day looked like can be asked for any day; the endpoints pass today.
 */
@Component
public class Duties {

	private final ObligationCatalog catalog;

	private final WorkingDays workingDays;

	private final ObligationProperties properties;

	private final ZoneId zone;

	private final JdbcClient jdbc;

	Duties(ObligationCatalog catalog, WorkingDays workingDays, ObligationProperties properties,
			InstitutionProperties institution, JdbcClient jdbc) {
		this.catalog = catalog;
		this.workingDays = workingDays;
		this.properties = properties;
		this.zone = institution.zone();
		this.jdbc = jdbc;
	}

	/**
	 * The duties due from {@code from} to {@code to}, and the standing ones (LONG_TERM,
	 * AD_HOC) due earlier that are still open on {@code today}.
	 * @param department one department, {@code null} for all
	 * @param today the day whose view is wanted
	 */
	public List<Duty> duties(String department, LocalDate from, LocalDate to, LocalDate today) {
		int firstYear = Math.min(from.getYear(), today.getYear()) - 2;
		int lastYear = Math.max(to.getYear(), today.getYear()) + 1;
		DutyPlan plan = new DutyPlan(this.workingDays.calendar(firstYear, lastYear), this.properties, this.zone);
		List<DutyPlan.Planned> planned = new ArrayList<>();
		for (ObligationCatalog.Entry entry : this.catalog.entries(department)) {
			planned.addAll(plan.plan(entry, from, to));
		}
		Map<Integer, Match> matches = match(planned, today);
		List<Duty> duties = new ArrayList<>();
		for (int i = 0; i < planned.size(); i++) {
			DutyPlan.Planned duty = planned.get(i);
			Match match = matches.get(i);
			LocalDate metOn = (match != null) ? match.metOn() : null;
			var state = plan.state(duty.due(), metOn, today);
			if (duty.standing() && duty.due().isBefore(from) && !state.open()) {
				continue;
			}
			var obligation = duty.obligation();
			duties.add(new Duty(obligation.id(), obligation.title(), obligation.department(), obligation.category(),
					obligation.subKind(), obligation.frequency(), duty.period(), duty.periodLabel(), duty.due(), state,
					(match != null) ? match.itemId() : null, metOn, this.properties.composeLink(obligation.id())));
		}
		return duties;
	}

	/**
	 * A department's tasks as its staff see them ("我的公开任务"): the periodic duties open
	 * (due or overdue) up to the end of this quarter, every open standing duty (however
	 * far its due day), and what was met this year.
	 */
	public List<Duty> tasks(String department, LocalDate today) {
		LocalDate startOfYear = today.withDayOfYear(1);
		LocalDate endOfQuarter = Quarter.of(today).lastDay();
		return duties(department, startOfYear.minusYears(1), endOfQuarter.plusYears(1), today).stream()
			.filter((duty) -> standing(duty.frequency()) || !duty.dueDate().isAfter(endOfQuarter))
			.filter((duty) -> duty.state().open() || !duty.dueDate().isBefore(startOfYear))
			.toList();
	}

	private static boolean standing(Frequency frequency) {
		return frequency == Frequency.LONG_TERM || frequency == Frequency.AD_HOC;
	}

	/**
	 * The first item published in each duty's window by {@code today} (only live ones for
	 * a standing duty), by the duty's position in the list.
	 */
	private Map<Integer, Match> match(List<DutyPlan.Planned> planned, LocalDate today) {
		Map<Integer, Match> matches = new HashMap<>();
		if (planned.isEmpty()) {
			return matches;
		}
		Integer[] positions = new Integer[planned.size()];
		String[] obligations = new String[planned.size()];
		String[] windowFrom = new String[planned.size()];
		String[] windowTo = new String[planned.size()];
		Boolean[] liveOnly = new Boolean[planned.size()];
		for (int i = 0; i < planned.size(); i++) {
			DutyPlan.Planned duty = planned.get(i);
			positions[i] = i;
			obligations[i] = duty.obligation().id();
			windowFrom[i] = duty.windowFrom().toString();
			windowTo[i] = duty.windowTo().toString();
			liveOnly[i] = duty.liveOnly();
		}
		this.jdbc.sql("""
				WITH duty AS (
				    SELECT * FROM unnest(CAST(:positions AS int[]), CAST(:obligations AS text[]),
				                         CAST(:windowFrom AS date[]), CAST(:windowTo AS date[]),
				                         CAST(:liveOnly AS boolean[]))
				           AS d(position, obligation_id, window_from, window_to, live_only)
				),
				publication AS (
				    SELECT r.obligation_id, r.item_id,
				           (min(r.published_at) AT TIME ZONE :zone)::date AS day, min(r.published_at) AS at,
				           NOT EXISTS (SELECT 1 FROM item_withdrawal w
				                       WHERE w.item_id = r.item_id
				                         AND w.revision = (SELECT max(x.revision) FROM item_revision x
				                                           WHERE x.item_id = r.item_id)) AS live
				    FROM item_revision r
				    WHERE r.obligation_id = ANY (CAST(:obligations AS text[]))
				    GROUP BY r.obligation_id, r.item_id
				)
				SELECT d.position, p.item_id, p.day
				FROM duty d
				JOIN LATERAL (
				    SELECT publication.item_id, publication.day FROM publication
				    WHERE publication.obligation_id = d.obligation_id
				      AND publication.day BETWEEN d.window_from AND d.window_to
				      AND publication.day <= :today
				      AND (publication.live OR NOT d.live_only)
				    ORDER BY publication.at LIMIT 1
				) p ON true""")
			.param("positions", positions)
			.param("obligations", obligations)
			.param("windowFrom", windowFrom)
			.param("windowTo", windowTo)
			.param("liveOnly", liveOnly)
			.param("zone", this.zone.getId())
			.param("today", Date.valueOf(today))
			.query((rs, row) -> matches.put(rs.getInt("position"),
					new Match(rs.getString("item_id"), rs.getDate("day").toLocalDate())))
			.list();
		return matches;
	}

	private record Match(String itemId, LocalDate metOn) {
	}

}
