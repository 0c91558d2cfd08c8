package cn.jianwu.reports.api.score;

import java.time.LocalDate;
import java.util.List;

/**
 * The score sheet of a year (考核表), one row per department.
 *
 * @param asOf the day the duties' states were taken
 */
public record ScoreSheet(int year, LocalDate asOf, List<ScoreRow> rows) {

	public ScoreSheet {
		rows = List.copyOf(rows);
	}

}
