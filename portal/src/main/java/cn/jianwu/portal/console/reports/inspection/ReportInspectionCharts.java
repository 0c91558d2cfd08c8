package cn.jianwu.portal.console.reports.inspection;

import java.util.List;
import java.util.function.Function;

import cn.jianwu.portal.console.statistics.ChartTable;
import cn.jianwu.reports.api.inspection.InspectionFigures;

/**
 * The inspection report's figures as the statistics page's chart tables (readable as
 * tables, drawn as bar charts by {@code js/console-charts.js}).
 */
final class ReportInspectionCharts {

	private ReportInspectionCharts() {
	}

	static List<ChartTable> of(InspectionFigures figures) {
		ChartTable departments = table("departments", "各部门发布、更正、撤回、退回与拒绝次数", "部门",
				List.of("发布", "更正", "撤回", "退回修改", "脱敏拒绝"), figures.departments(), (d) -> d.department(),
				(d) -> List.of(d.published(), d.corrections(), d.withdrawals(), d.rejections(), d.refusals()));
		ChartTable timing = table("timing", "各部门起草至发布用时（小时，四舍五入）", "部门", List.of("中位数", "90%分位"),
				figures.departments().stream().filter((d) -> d.medianHours() != null).toList(), (d) -> d.department(),
				(d) -> List.of(Math.round(d.medianHours()), Math.round(d.p90Hours())));
		ChartTable deliveries = table("deliveries", "各渠道发布失败（已修复、未修复）", "渠道", List.of("已修复", "未修复"),
				figures.deliveries(), (d) -> d.label(), (d) -> List.of(d.fixed(), d.unfixed()));
		ChartTable queries = table("queries", "各渠道案件程序性信息查询", "查询渠道", List.of("成功", "失败", "限流"), figures.queries(),
				(q) -> q.label(), (q) -> List.of(q.succeeded(), q.failed(), q.throttled()));
		ChartTable hall = table("hall", "网上服务大厅留言答复（按期、超期）", "渠道", List.of("按期答复", "超期答复"), figures.hallMessages(),
				(h) -> h.label(), (h) -> List.of(h.withinLimit(), h.late()));
		if (figures.obligations() == null) {
			return List.of(departments, timing, deliveries, queries, hall);
		}
		ChartTable obligations = table("obligations", "各部门公开任务完成情况", "部门", List.of("按时完成", "逾期后完成", "逾期未完成", "未到期"),
				figures.obligations(), (o) -> o.department(),
				(o) -> List.of(o.metOnTime(), o.metLate(), o.overdue(), o.open()));
		return List.of(obligations, departments, timing, deliveries, queries, hall);
	}

	private static <T> ChartTable table(String id, String caption, String rowHeader, List<String> columns, List<T> rows,
			Function<T, String> label, Function<T, List<Long>> values) {
		return new ChartTable(id, caption, rowHeader, "bar", columns,
				rows.stream().map((row) -> new ChartTable.Row(label.apply(row), values.apply(row))).toList());
	}

}
