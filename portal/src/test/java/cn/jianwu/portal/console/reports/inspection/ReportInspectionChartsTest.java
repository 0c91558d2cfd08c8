package cn.jianwu.portal.console.reports.inspection;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Channel;
import cn.jianwu.portal.console.statistics.ChartTable;
import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionFigures;
import cn.jianwu.reports.api.inspection.InspectionFigures.DeliveryFailures;
import cn.jianwu.reports.api.inspection.InspectionFigures.DepartmentFigures;
import cn.jianwu.reports.api.inspection.InspectionFigures.ObligationsMet;
import cn.jianwu.reports.api.inspection.InspectionFigures.QueryUsage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportInspectionChartsTest {

	private static final List<DepartmentFigures> DEPARTMENTS = List.of(
			new DepartmentFigures("公诉部", 12, 1, 0, 3, 1, 12, 26.5, 70.2),
			new DepartmentFigures("党总支", 0, 0, 1, 0, 0, 0, null, null));

	@Test
	void chartsEachDepartmentAndChannelFromTheReportsFigures() {
		InspectionFigures figures = new InspectionFigures(HalfYear.parse("2026H2"), Instant.EPOCH, DEPARTMENTS,
				List.of(), List.of(), List.of(new DeliveryFailures(Channel.WEIBO, "新浪微博", 3, 2, 1, 12.0, 40.0)),
				List.of(new QueryUsage("WEB", "网上查询", 10, 7, 2, 1, 1)), List.of(), null);
		List<ChartTable> charts = ReportInspectionCharts.of(figures);
		assertThat(charts).extracting(ChartTable::id)
			.containsExactly("departments", "timing", "deliveries", "queries", "hall");
		ChartTable departments = charts.get(0);
		assertThat(departments.rows()).extracting(ChartTable.Row::label).containsExactly("公诉部", "党总支");
		assertThat(departments.rows().get(0).values()).containsExactly(12L, 1L, 0L, 3L, 1L);
		assertThat(charts.get(1).rows()).as("a department without a timed item has no time bar")
			.containsExactly(new ChartTable.Row("公诉部", List.of(27L, 70L)));
		assertThat(charts.get(2).rows()).containsExactly(new ChartTable.Row("新浪微博", List.of(2L, 1L)));
		assertThat(charts.get(3).rows()).containsExactly(new ChartTable.Row("网上查询", List.of(7L, 2L, 1L)));
		assertThat(charts.get(4).empty()).isTrue();
	}

	@Test
	void showsTheObligationsFirstWhenTheRegisterCounted() {
		InspectionFigures figures = new InspectionFigures(HalfYear.parse("2026H2"), Instant.EPOCH, DEPARTMENTS,
				List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(new ObligationsMet("公诉部", 4, 2, 1, 1, 0)));
		ChartTable obligations = ReportInspectionCharts.of(figures).get(0);
		assertThat(obligations.id()).isEqualTo("obligations");
		assertThat(obligations.rows()).containsExactly(new ChartTable.Row("公诉部", List.of(2L, 1L, 1L, 0L)));
	}

}
