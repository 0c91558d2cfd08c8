package cn.jianwu.reports.figures;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.figures.CaseFigures;
import cn.jianwu.reports.api.figures.PeriodFigures;
import cn.jianwu.reports.api.figures.PeriodFigures.ActivityCount;
import cn.jianwu.reports.api.figures.PeriodFigures.ChannelQueries;
import cn.jianwu.reports.api.figures.PeriodFigures.OutcomeCount;
import cn.jianwu.reports.api.figures.PeriodFigures.StageCount;
import cn.jianwu.reports.api.figures.PeriodFigures.SubKindCount;
import cn.jianwu.reports.pdf.PdfBar;
import cn.jianwu.reports.pdf.PdfFonts;
import cn.jianwu.reports.pdf.PdfTable;
import cn.jianwu.reports.pdf.ReportPdf;

import org.springframework.stereotype.Component;

/**
 * The figures as the circular case management sends round (案件信息公开工作情况通报): each table puts
 * the period beside the one before, the query channels also as a chart.
 */
@Component
class FiguresPdf {

	private final PdfFonts fonts;

	private final InstitutionProperties institution;

	private final Clock clock;

	FiguresPdf(PdfFonts fonts, InstitutionProperties institution, Clock clock) {
		this.fonts = fonts;
		this.institution = institution;
		this.clock = clock;
	}

	/** The file's name, e.g. 案件信息公开工作情况通报-2026Q4.pdf. */
	static String fileName(PeriodFigures current) {
		return "案件信息公开工作情况通报-" + current.period() + ".pdf";
	}

	/**
	 * Lays the circular out; the caller writes it and closes it.
	 * @throws cn.jianwu.reports.pdf.PdfFontMissingException without a Chinese font
	 */
	ReportPdf render(CaseFigures figures) {
		PeriodFigures now = figures.current();
		PeriodFigures before = figures.previous();
		String title = now.label() + "案件信息公开工作情况通报";
		ReportPdf pdf = ReportPdf.start(this.fonts, title, this.clock.instant());
		try {
			pdf.title(this.institution.name() + title)
				.subtitle("统计期间：" + this.institution.date(now.firstDay()) + "至" + this.institution.date(now.lastDay())
						+ "；对比期间：" + before.label())
				.paragraph(summary(now));
			publications(pdf, now, before);
			queries(pdf, now, before);
			wechat(pdf, now, before);
			progress(pdf, now, before);
			pdf.paragraph("注：查询成功率＝查询成功次数÷经核验的查询次数（因查询过于频繁被拒、未经核验的查询不计入）；"
					+ "锁定次数为因连续查询失败致使查询码被锁定的次数。本通报由检务公开考核与报告系统根据各系统报送的事件自动统计生成。");
			return pdf;
		}
		catch (RuntimeException ex) {
			pdf.close();
			throw ex;
		}
	}

	private static String summary(PeriodFigures now) {
		ChannelQueries total = now.queries().total();
		long documents = now.publications()
			.subKinds()
			.stream()
			.filter((row) -> "LEGAL_DOCUMENT".equals(row.subKind()))
			.mapToLong(SubKindCount::first)
			.sum();
		return now.label() + "，本院共首次公开案件信息" + now.publications().first() + "条（其中法律文书" + documents + "份），更正"
				+ now.publications().corrections() + "条；受理案件程序性信息查询" + total.queries() + "次，查询成功率" + rate(total)
				+ "，查询码锁定" + total.lockOuts() + "次；微信公众号净增案件绑定" + now.wechat().netCaseBindings() + "个。";
	}

	private static void publications(ReportPdf pdf, PeriodFigures now, PeriodFigures before) {
		List<List<String>> rows = new ArrayList<>();
		List<SubKindCount> previous = before.publications().subKinds();
		for (SubKindCount row : now.publications().subKinds()) {
			SubKindCount earlier = find(previous, SubKindCount::subKind, row.subKind());
			rows.add(List.of(row.label(), count(row.first()), count(row.corrections()),
					(earlier != null) ? count(earlier.first()) : "0",
					(earlier != null) ? count(earlier.corrections()) : "0"));
		}
		rows.add(List.of("合计", count(now.publications().first()), count(now.publications().corrections()),
				count(before.publications().first()), count(before.publications().corrections())));
		pdf.heading("一、案件信息公开情况")
			.table(new PdfTable(List.of("类别", "本期首次公开", "本期更正", "上期首次公开", "上期更正"), List.of(3f, 2f, 2f, 2f, 2f), rows));
	}

	private static void queries(ReportPdf pdf, PeriodFigures now, PeriodFigures before) {
		List<List<String>> rows = new ArrayList<>();
		List<ChannelQueries> channels = new ArrayList<>(now.queries().channels());
		channels.add(now.queries().total());
		List<ChannelQueries> earlier = new ArrayList<>(before.queries().channels());
		earlier.add(before.queries().total());
		for (ChannelQueries row : channels) {
			ChannelQueries previous = find(earlier, ChannelQueries::label, row.label());
			rows.add(List.of(row.label(), count(row.queries()), count(row.succeeded()), count(row.failed()),
					count(row.throttled()), rate(row), count(row.lockOuts()),
					(previous != null) ? count(previous.queries()) : "0", (previous != null) ? rate(previous) : "—"));
		}
		pdf.heading("二、案件程序性信息查询情况")
			.table(new PdfTable(List.of("查询渠道", "查询次数", "成功", "失败", "频繁被拒", "成功率", "锁定", "上期查询", "上期成功率"),
					List.of(3f, 1.6f, 1.4f, 1.4f, 1.6f, 1.6f, 1.4f, 1.6f, 1.8f), rows))
			.barChart("本期各渠道查询次数",
					now.queries().channels().stream().map((row) -> PdfBar.count(row.label(), row.queries())).toList());
		List<List<String>> outcomes = new ArrayList<>();
		for (OutcomeCount row : now.queries().total().outcomes()) {
			OutcomeCount previous = find(before.queries().total().outcomes(), OutcomeCount::outcome, row.outcome());
			outcomes
				.add(List.of(row.label(), count(row.queries()), (previous != null) ? count(previous.queries()) : "0"));
		}
		pdf.paragraph("查询结果分布如下：").table(new PdfTable(List.of("查询结果", "本期", "上期"), List.of(3f, 1f, 1f), outcomes));
	}

	private static void wechat(ReportPdf pdf, PeriodFigures now, PeriodFigures before) {
		List<List<String>> rows = new ArrayList<>();
		for (ActivityCount row : now.wechat().activities()) {
			ActivityCount previous = find(before.wechat().activities(), ActivityCount::activity, row.activity());
			rows.add(List.of(row.label(), count(row.count()), (previous != null) ? count(previous.count()) : "0"));
		}
		rows.add(List.of("净增案件绑定", count(now.wechat().netCaseBindings()), count(before.wechat().netCaseBindings())));
		pdf.heading("三、微信公众号绑定与通知情况").table(new PdfTable(List.of("项目", "本期", "上期"), List.of(3f, 1f, 1f), rows));
	}

	private static void progress(ReportPdf pdf, PeriodFigures now, PeriodFigures before) {
		List<String> stages = new ArrayList<>();
		now.progress().stages().forEach((row) -> stages.add(row.stage()));
		before.progress()
			.stages()
			.stream()
			.map(StageCount::stage)
			.filter((stage) -> !stages.contains(stage))
			.forEach(stages::add);
		List<List<String>> rows = new ArrayList<>();
		for (String stage : stages) {
			rows.add(List.of(stage, stageCount(now, stage), stageCount(before, stage)));
		}
		rows.add(List.of("合计", count(now.progress().total()), count(before.progress().total())));
		pdf.heading("四、案件程序进展情况（程序性信息告知事由）")
			.table(new PdfTable(List.of("诉讼环节", "本期", "上期"), List.of(3f, 1f, 1f), rows));
	}

	private static String stageCount(PeriodFigures figures, String stage) {
		StageCount row = find(figures.progress().stages(), StageCount::stage, stage);
		return (row != null) ? count(row.count()) : "0";
	}

	private static <T> T find(List<T> rows, Function<T, Object> key, Object value) {
		return rows.stream().filter((row) -> Objects.equals(key.apply(row), value)).findFirst().orElse(null);
	}

	private static String count(long value) {
		return Long.toString(value);
	}

	private static String rate(ChannelQueries row) {
		return (row.successRate() != null) ? row.successRate() + "%" : "—";
	}

}
