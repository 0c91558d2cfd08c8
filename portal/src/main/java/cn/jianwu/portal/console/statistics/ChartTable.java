package cn.jianwu.portal.console.statistics;

import java.util.List;

/**
 * A table of counts that the statistics page shows as it is (readable without script, and
 * by screen readers) and that {@code js/console-charts.js} draws as a chart.
 *
 * @param id the table's id (the chart's is {@code <id>-chart})
 * @param caption what it counts
 * @param rowHeader the heading of the first column (月份, 渠道, 日期)
 * @param kind {@code bar} (stacked bars) or {@code line}
 * @param columns the series' names
 * @param rows one per month, channel or day
 */
public record ChartTable(String id, String caption, String rowHeader, String kind, List<String> columns,
		List<Row> rows) {

	public boolean empty() {
		return this.rows.stream().allMatch((row) -> row.values().stream().allMatch((value) -> value == 0));
	}

	/** One row: its label and a count per column. */
	public record Row(String label, List<Long> values) {

		public long total() {
			return this.values.stream().mapToLong(Long::longValue).sum();
		}

	}

}
