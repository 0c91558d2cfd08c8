package cn.jianwu.reports.inspection;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.inspection.InspectionFigures;
import cn.jianwu.reports.api.inspection.InspectionFigures.ReasonCount;
import cn.jianwu.reports.api.inspection.InspectionStatus;
import cn.jianwu.reports.api.inspection.InspectionView;
import cn.jianwu.reports.pdf.PdfBar;
import cn.jianwu.reports.pdf.PdfFonts;
import cn.jianwu.reports.pdf.PdfTable;
import cn.jianwu.reports.pdf.ReportPdf;

import org.springframework.stereotype.Component;

/**
 * The inspection report as a PDF: the figures in tables with bar charts per department
 * and per channel, the group's findings and demands, and the sign-off. A few pages: it is
 * built in memory and archived as bytes.
 */
@Component
class InspectionPdf {

	private static final String NUMERALS = "一二三四五六七八九十";

	private static final String NONE = "本半年度无。";

	private final PdfFonts fonts;

	private final InstitutionProperties institution;

	InspectionPdf(PdfFonts fonts, InstitutionProperties institution) {
		this.fonts = fonts;
		this.institution = institution;
	}

	byte[] render(InspectionView report) {
		InspectionFigures figures = report.figures();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ReportPdf pdf = ReportPdf.start(this.fonts, report.title(), figures.computedAt())) {
			pdf.title(this.institution.name() + report.title())
				.subtitle(this.institution.date(report.half().firstDay()) + "至"
						+ this.institution.date(report.half().lastDay()) + "　监督小组")
				.subtitle(state(report));
			Sections sections = new Sections(pdf);
			if (figures.obligations() != null) {
				sections.next("公开任务按时完成情况");
				table(pdf, figures.obligations(), List.of("部门", "应完成", "按时完成", "逾期后完成", "逾期未完成", "未到期"), (o) -> List
					.of(o.department(), n(o.due()), n(o.metOnTime()), n(o.metLate()), n(o.overdue()), n(o.open())));
				chart(pdf, "各部门按时完成公开任务数", figures.obligations(), (o) -> PdfBar.count(o.department(), o.metOnTime()));
			}
			sections.next("各部门公开情况");
			pdf.paragraph("起草至发布用时按自然时间（小时）计算，自事项起草至首次发布。");
			table(pdf, figures.departments(), List.of("部门", "发布", "更正", "撤回", "退回修改", "脱敏拒绝", "用时中位数", "用时90%分位"),
					(d) -> List.of(d.department(), n(d.published()), n(d.corrections()), n(d.withdrawals()),
							n(d.rejections()), n(d.refusals()), hours(d.medianHours()), hours(d.p90Hours())));
			chart(pdf, "各部门发布事项数", figures.departments(), (d) -> PdfBar.count(d.department(), d.published()));
			chart(pdf, "各部门起草至发布用时中位数（小时）",
					figures.departments().stream().filter((d) -> d.medianHours() != null).toList(),
					(d) -> new PdfBar(d.department(), d.medianHours(), hours(d.medianHours())));
			sections.next("退回修改及原因");
			reasons(pdf, figures.rejections());
			sections.next("因未脱敏或涉及不公开情形被拒绝");
			reasons(pdf, figures.refusals());
			sections.next("发布渠道失败及修复用时");
			pdf.paragraph("失败自某一版本在该渠道首次报告失败起算，至其后首次发布成功为修复（分钟）。");
			table(pdf, figures.deliveries(), List.of("渠道", "失败", "已修复", "未修复", "修复用时中位数", "最长修复用时"),
					(d) -> List.of(d.label(), n(d.failures()), n(d.fixed()), n(d.unfixed()), minutes(d.medianMinutes()),
							minutes(d.maxMinutes())));
			chart(pdf, "各渠道发布失败次数", figures.deliveries(), (d) -> PdfBar.count(d.label(), d.failures()));
			sections.next("案件程序性信息查询及锁定");
			table(pdf, figures.queries(), List.of("查询渠道", "查询", "成功", "失败", "限流", "锁定"), (q) -> List.of(q.label(),
					n(q.total()), n(q.succeeded()), n(q.failed()), n(q.throttled()), n(q.lockouts())));
			chart(pdf, "各渠道查询量", figures.queries(), (q) -> PdfBar.count(q.label(), q.total()));
			sections.next("网上服务大厅留言按期答复情况");
			table(pdf, figures.hallMessages(), List.of("渠道", "收到留言", "答复", "按期答复", "超期答复"),
					(h) -> List.of(h.label(), n(h.received()), n(h.answered()), n(h.withinLimit()), n(h.late())));
			sections.next("检查意见");
			pdf.paragraph((report.findings() != null && !report.findings().isBlank()) ? report.findings() : "（尚未填写）");
			sections.next("整改要求");
			table(pdf, report.demands(), List.of("整改部门", "整改要求", "公开类别", "整改期限"),
					(r) -> List.of(r.department(), r.title(), r.category().label(), this.institution.date(r.due())));
			pdf.writeTo(out);
		}
		return out.toByteArray();
	}

	private String state(InspectionView report) {
		if (report.status() == InspectionStatus.SIGNED_OFF) {
			return "已签发：" + report.signedOffBy() + "　" + this.institution.dateTime(report.signedOffAt());
		}
		return "草稿（数据生成于" + this.institution.dateTime(report.figures().computedAt()) + "，尚未签发）";
	}

	private static void reasons(ReportPdf pdf, List<ReasonCount> reasons) {
		table(pdf, reasons, List.of("部门", "原因", "次数"), (r) -> List.of(r.department(), r.reason(), n(r.count())));
	}

	private static <T> void table(ReportPdf pdf, List<T> rows, List<String> headers, Function<T, List<String>> cells) {
		if (rows.isEmpty()) {
			pdf.paragraph(NONE);
			return;
		}
		List<Float> weights = new ArrayList<>();
		weights.add(2.5f);
		for (int i = 1; i < headers.size(); i++) {
			weights.add(1f);
		}
		pdf.table(new PdfTable(headers, weights, rows.stream().map(cells).toList()));
	}

	private static <T> void chart(ReportPdf pdf, String caption, List<T> rows, Function<T, PdfBar> bar) {
		if (!rows.isEmpty()) {
			pdf.barChart(caption, rows.stream().map(bar).toList());
		}
	}

	private static String n(long count) {
		return Long.toString(count);
	}

	private static String hours(Double hours) {
		return (hours != null) ? hours + "小时" : "—";
	}

	private static String minutes(Double minutes) {
		return (minutes != null) ? minutes + "分钟" : "—";
	}

	/** Numbers the sections as they come (一、二、…): a missing section leaves no gap. */
	private static final class Sections {

		private final ReportPdf pdf;

		private int number;

		Sections(ReportPdf pdf) {
			this.pdf = pdf;
		}

		void next(String heading) {
			this.pdf.heading(NUMERALS.charAt(this.number++) + "、" + heading);
		}

	}

}
