package cn.jianwu.portal.console.reports.figures;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.portal.console.statistics.ChartTable;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.figures.CaseFigures;
import cn.jianwu.reports.api.figures.FiguresPeriod;
import cn.jianwu.reports.api.figures.PeriodFigures;
import cn.jianwu.reports.api.figures.PeriodFigures.ChannelQueries;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Case management's circular (案件信息公开通报) of a month or a quarter, as report-service counts
 * it: the headline figures beside the period before, charts with their data tables, and
 * the PDF to send round. report-service decides who may read it and whether the period is
 * well written; the console shows its answer.
 */
@Controller
class ReportFiguresController {

	/** How many quarters the picker offers. */
	static final int QUARTERS = 8;

	private final StaffApiClient reports;

	private final ZoneId zone;

	ReportFiguresController(ConsoleServices services, InstitutionProperties institution) {
		this.reports = services.reports();
		this.zone = institution.zone();
	}

	@GetMapping("/console/reports/figures")
	String figures(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String period,
			Model model) {
		String asked = (period != null && !period.isBlank()) ? period.trim() : lastMonth().toString();
		CaseFigures figures = this.reports.get(user, CaseFigures.class, "/api/reports/figures?period={period}", asked);
		PeriodFigures now = figures.current();
		PeriodFigures before = figures.previous();
		model.addAttribute("figures", figures);
		model.addAttribute("month", now.period().isMonth() ? now.period().toString() : "");
		model.addAttribute("maxMonth", YearMonth.now(this.zone).toString());
		model.addAttribute("quarters", quarters(now.period()));
		model.addAttribute("headlines", headlines(now, before));
		Map<String, Long> previousQueries = new LinkedHashMap<>();
		before.queries().channels().forEach((row) -> previousQueries.put(row.label(), row.queries()));
		model.addAttribute("previousQueries", previousQueries);
		model.addAttribute("charts", List.of(outcomes(now), channels(now, before), publications(now),
				wechat(now, before), progress(now, before)));
		return "console/reports/figures/figures";
	}

	/** The circular as report-service lays it out. */
	@GetMapping("/console/reports/figures/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ConsoleUser user, @RequestParam String period) {
		StaffApiClient.Download pdf = this.reports.download(user, MediaType.APPLICATION_PDF,
				"/api/reports/figures/pdf?period={period}", period);
		String disposition = (pdf.contentDisposition() != null) ? pdf.contentDisposition()
				: ContentDisposition.attachment()
					.filename("案件信息公开工作情况通报.pdf", StandardCharsets.UTF_8)
					.build()
					.toString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.body(pdf.body());
	}

	/** The circular is of a period that is over: by default, last month. */
	private YearMonth lastMonth() {
		return YearMonth.now(this.zone).minusMonths(1);
	}

	private List<QuarterOption> quarters(FiguresPeriod shown) {
		List<QuarterOption> options = new ArrayList<>();
		Quarter quarter = Quarter.of(LocalDate.now(this.zone));
		for (int i = 0; i < QUARTERS; i++) {
			options.add(new QuarterOption(quarter.toString(), quarter.label(), quarter.equals(shown.quarter())));
			quarter = quarter.previous();
		}
		return options;
	}

	static List<Headline> headlines(PeriodFigures now, PeriodFigures before) {
		ChannelQueries queries = now.queries().total();
		ChannelQueries earlier = before.queries().total();
		List<Headline> lines = new ArrayList<>();
		lines.add(Headline.counts("首次公开案件信息（条）", now.publications().first(), before.publications().first()));
		lines.add(Headline.counts("生效法律文书（份）", legalDocuments(now), legalDocuments(before)));
		lines.add(Headline.counts("更正（条）", now.publications().corrections(), before.publications().corrections()));
		lines.add(Headline.counts("程序性信息查询（次）", queries.queries(), earlier.queries()));
		lines.add(new Headline("查询成功率", rate(queries.successRate()), rate(earlier.successRate()),
				((queries.successRate() != null && earlier.successRate() != null)
						? signed(Math.round((queries.successRate() - earlier.successRate()) * 10) / 10.0) + "个百分点"
						: "—")));
		lines.add(Headline.counts("查询码锁定（次）", queries.lockOuts(), earlier.lockOuts()));
		lines.add(Headline.counts("微信净增案件绑定（个）", now.wechat().netCaseBindings(), before.wechat().netCaseBindings()));
		lines.add(Headline.counts("程序进展（次）", now.progress().total(), before.progress().total()));
		return lines;
	}

	private static long legalDocuments(PeriodFigures figures) {
		return figures.publications()
			.subKinds()
			.stream()
			.filter((row) -> "LEGAL_DOCUMENT".equals(row.subKind()))
			.mapToLong(PeriodFigures.SubKindCount::first)
			.sum();
	}

	private static String rate(Double rate) {
		return (rate != null) ? rate + "%" : "—";
	}

	private static String signed(Number change) {
		return (change.doubleValue() > 0) ? "+" + change : change.toString();
	}

	private static ChartTable outcomes(PeriodFigures now) {
		List<ChannelQueries> channels = now.queries().channels();
		List<String> columns = now.queries()
			.total()
			.outcomes()
			.stream()
			.map(PeriodFigures.OutcomeCount::label)
			.toList();
		List<ChartTable.Row> rows = channels.stream()
			.map((channel) -> new ChartTable.Row(channel.label(),
					channel.outcomes().stream().map(PeriodFigures.OutcomeCount::queries).toList()))
			.toList();
		return new ChartTable("figures-outcomes", now.label() + "各渠道程序性信息查询结果", "查询渠道", "bar", columns, rows);
	}

	private static ChartTable channels(PeriodFigures now, PeriodFigures before) {
		return compared("figures-channels", "各渠道查询次数与上期对比", "查询渠道", now, before,
				(figures) -> figures.queries().channels(), ChannelQueries::label, ChannelQueries::queries);
	}

	private static ChartTable publications(PeriodFigures now) {
		List<ChartTable.Row> rows = now.publications()
			.subKinds()
			.stream()
			.map((row) -> new ChartTable.Row(row.label(), List.of(row.first(), row.corrections())))
			.toList();
		return new ChartTable("figures-publications", now.label() + "案件信息公开数量", "类别", "bar", List.of("首次公开", "更正"),
				rows);
	}

	private static ChartTable wechat(PeriodFigures now, PeriodFigures before) {
		return compared("figures-wechat", "微信公众号绑定与通知", "项目", now, before, (figures) -> figures.wechat().activities(),
				PeriodFigures.ActivityCount::label, PeriodFigures.ActivityCount::count);
	}

	private static ChartTable progress(PeriodFigures now, PeriodFigures before) {
		return compared("figures-progress", "案件程序进展（程序性信息告知事由）", "诉讼环节", now, before,
				(figures) -> figures.progress().stages(), PeriodFigures.StageCount::stage,
				PeriodFigures.StageCount::count);
	}

	/**
	 * A table of this period's and the last one's counts side by side, one row per label
	 * of either.
	 */
	private static <T> ChartTable compared(String id, String caption, String rowHeader, PeriodFigures now,
			PeriodFigures before, Function<PeriodFigures, List<T>> lines, Function<T, String> label,
			ToLongFunction<T> count) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		lines.apply(now)
			.forEach((line) -> counts.computeIfAbsent(label.apply(line), (key) -> new long[2])[0] += count
				.applyAsLong(line));
		lines.apply(before)
			.forEach((line) -> counts.computeIfAbsent(label.apply(line), (key) -> new long[2])[1] += count
				.applyAsLong(line));
		List<ChartTable.Row> rows = new ArrayList<>();
		counts.forEach((name, values) -> rows.add(new ChartTable.Row(name, List.of(values[0], values[1]))));
		return new ChartTable(id, caption, rowHeader, "grouped",
				List.of("本期（" + now.label() + "）", "上期（" + before.label() + "）"), rows);
	}

	/** A quarter the picker offers. */
	record QuarterOption(String value, String label, boolean selected) {
	}

	/**
	 * A headline figure beside the period before.
	 *
	 * @param change the difference, signed ("+3", "-1", "0")
	 */
	record Headline(String label, String current, String previous, String change) {

		static Headline counts(String label, long current, long previous) {
			return new Headline(label, Long.toString(current), Long.toString(previous), signed(current - previous));
		}

	}

}
