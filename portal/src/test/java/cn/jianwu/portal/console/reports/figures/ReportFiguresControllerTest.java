package cn.jianwu.portal.console.reports.figures;

import java.time.YearMonth;
import java.util.List;

import cn.jianwu.reports.api.figures.FiguresPeriod;
import cn.jianwu.reports.api.figures.PeriodFigures;
import cn.jianwu.reports.api.figures.PeriodFigures.ChannelQueries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFiguresControllerTest {

	@Test
	void headlinesPutEachFigureBesideTheLastPeriodsWithTheChange() {
		PeriodFigures november = figures(YearMonth.of(2026, 11), 5, 2, 200, 87.5, 3, 4);
		PeriodFigures october = figures(YearMonth.of(2026, 10), 3, 3, 150, 90.0, 5, -1);

		List<ReportFiguresController.Headline> lines = ReportFiguresController.headlines(november, october);

		assertThat(lines).extracting(ReportFiguresController.Headline::label).startsWith("首次公开案件信息（条）", "生效法律文书（份）");
		assertThat(line(lines, "首次公开案件信息（条）"))
			.isEqualTo(new ReportFiguresController.Headline("首次公开案件信息（条）", "5", "3", "+2"));
		assertThat(line(lines, "生效法律文书（份）").change()).isEqualTo("-1");
		assertThat(line(lines, "程序性信息查询（次）").change()).isEqualTo("+50");
		assertThat(line(lines, "查询成功率"))
			.isEqualTo(new ReportFiguresController.Headline("查询成功率", "87.5%", "90.0%", "-2.5个百分点"));
		assertThat(line(lines, "查询码锁定（次）").change()).isEqualTo("-2");
		assertThat(line(lines, "微信净增案件绑定（个）").change()).isEqualTo("+5");
	}

	@Test
	void aRateWithoutCheckedQueriesIsADash() {
		PeriodFigures none = figures(YearMonth.of(2026, 11), 0, 0, 0, null, 0, 0);
		assertThat(line(ReportFiguresController.headlines(none, none), "查询成功率"))
			.isEqualTo(new ReportFiguresController.Headline("查询成功率", "—", "—", "—"));
	}

	private static ReportFiguresController.Headline line(List<ReportFiguresController.Headline> lines, String label) {
		return lines.stream().filter((line) -> line.label().equals(label)).findFirst().orElseThrow();
	}

	private static PeriodFigures figures(YearMonth month, long first, long documents, long queries, Double rate,
			long lockOuts, long netBindings) {
		FiguresPeriod period = FiguresPeriod.of(month);
		ChannelQueries total = new ChannelQueries(null, "合计", queries, 0, 0, 0, rate, lockOuts, List.of());
		return new PeriodFigures(period, period.label(), period.firstDay(), period.lastDay(),
				new PeriodFigures.Publications(
						List.of(new PeriodFigures.SubKindCount("LEGAL_DOCUMENT", "生效法律文书", documents, 0)), first, 0),
				new PeriodFigures.Queries(List.of(), total), new PeriodFigures.Wechat(List.of(), netBindings),
				new PeriodFigures.Progress(List.of(), 0));
	}

}
