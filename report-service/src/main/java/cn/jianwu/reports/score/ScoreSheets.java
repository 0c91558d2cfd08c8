package cn.jianwu.reports.score;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.events.WorkflowAction;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.obligation.Standing;
import cn.jianwu.reports.api.score.ScoreRow;
import cn.jianwu.reports.api.score.ScoreSheet;
import cn.jianwu.reports.obligation.ObligationStandings;
import cn.jianwu.reports.obligation.ReportDepartments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The score sheet of a year (业务考核, seed §五(一)): each department's duties from
 * {@link ObligationStandings}, and what it published — counted by PostgreSQL over the
 * read model, one aggregate query for the year. The year is its days in the institution's
 * zone. Every configured department has a row, and so has any other department that had a
 * duty or an item that year.
 */
@Component
class ScoreSheets {

	private final ObligationStandings standings;

	private final ReportDepartments departments;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	ScoreSheets(ObligationStandings standings, ReportDepartments departments, JdbcClient jdbc,
			InstitutionProperties institution) {
		this.standings = standings;
		this.departments = departments;
		this.jdbc = jdbc;
		this.zone = institution.zone();
	}

	/**
	 * @param today the day the duties' states are taken
	 */
	ScoreSheet sheet(int year, LocalDate today) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Map<String, Standing> duties = new HashMap<>();
		for (Standing standing : this.standings.standings(first, last, today)) {
			duties.put(standing.department(), standing);
		}
		Map<String, int[]> work = work(first, last.plusDays(1));
		Set<String> names = new LinkedHashSet<>(this.departments.all());
		duties.keySet().stream().sorted().forEach(names::add);
		work.keySet().stream().sorted().forEach(names::add);
		List<ScoreRow> rows = new ArrayList<>();
		for (String department : names) {
			Standing standing = duties.getOrDefault(department, new Standing(department, 0, 0, 0, 0, 0));
			int[] counts = work.getOrDefault(department, new int[5]);
			rows.add(new ScoreRow(department, standing.due(), standing.metOnTime(), standing.metLate(),
					standing.overdue(), standing.onTimeRate(), counts[0], counts[1], counts[2], counts[3], counts[4]));
		}
		return new ScoreSheet(year, today, rows);
	}

	/**
	 * Per department: items first published, corrections, withdrawals, rejections,
	 * redaction refusals from {@code from} (included) to {@code until} (excluded).
	 */
	private Map<String, int[]> work(LocalDate from, LocalDate until) {
		Map<String, int[]> work = new HashMap<>();
		this.jdbc.sql("""
				WITH published AS (
				    SELECT department,
				           count(*) FILTER (WHERE replaces_revision IS NULL) AS items,
				           count(*) FILTER (WHERE replaces_revision IS NOT NULL) AS corrections
				    FROM item_revision WHERE published_at >= :from AND published_at < :until
				    GROUP BY department
				),
				withdrawn AS (
				    SELECT r.department, count(*) AS withdrawals
				    FROM item_withdrawal w JOIN item_revision r ON r.item_id = w.item_id AND r.revision = w.revision
				    WHERE w.withdrawn_at >= :from AND w.withdrawn_at < :until
				    GROUP BY r.department
				),
				steps AS (
				    SELECT department,
				           count(*) FILTER (WHERE action = :reject) AS rejections,
				           count(*) FILTER (WHERE action = :refuse) AS refusals
				    FROM workflow_step
				    WHERE at >= :from AND at < :until AND action IN (:reject, :refuse)
				    GROUP BY department
				),
				department AS (
				    SELECT department FROM published UNION SELECT department FROM withdrawn
				    UNION SELECT department FROM steps
				)
				SELECT d.department, coalesce(p.items, 0) AS items, coalesce(p.corrections, 0) AS corrections,
				       coalesce(w.withdrawals, 0) AS withdrawals, coalesce(s.rejections, 0) AS rejections,
				       coalesce(s.refusals, 0) AS refusals
				FROM department d
				LEFT JOIN published p ON p.department = d.department
				LEFT JOIN withdrawn w ON w.department = d.department
				LEFT JOIN steps s ON s.department = d.department""")
			.param("from", Timestamp.from(from.atStartOfDay(this.zone).toInstant()))
			.param("until", Timestamp.from(until.atStartOfDay(this.zone).toInstant()))
			.param("reject", WorkflowAction.REJECT.name())
			.param("refuse", WorkflowAction.REFUSE.name())
			.query((rs, row) -> work.put(rs.getString("department"),
					new int[] { rs.getInt("items"), rs.getInt("corrections"), rs.getInt("withdrawals"),
							rs.getInt("rejections"), rs.getInt("refusals") }))
			.list();
		return work;
	}

}
