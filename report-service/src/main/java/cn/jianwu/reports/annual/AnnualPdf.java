package cn.jianwu.reports.annual;

import java.util.List;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.annual.AnnualFigures;
import cn.jianwu.reports.api.annual.AnnualFigures.MessageRow;
import cn.jianwu.reports.api.annual.AnnualState;
import cn.jianwu.reports.pdf.PdfBar;
import cn.jianwu.reports.pdf.PdfFonts;
import cn.jianwu.reports.pdf.PdfTable;
import cn.jianwu.reports.pdf.ReportPdf;

import org.springframework.stereotype.Component;

/**
 * The report as a PDF, in the same order and with the same tables as its disclosure item
 * ({@link AnnualHtml}), plus two charts: deliveries per channel and queries per channel.
 * A report not yet published says so under its title.
 */
@Component
class AnnualPdf {

	private final PdfFonts fonts;

	private final InstitutionProperties institution;

	AnnualPdf(PdfFonts fonts, InstitutionProperties institution) {
		this.fonts = fonts;
		this.institution = institution;
	}

	/**
	 * Lays the report out; the caller writes it with {@link ReportPdf#writeTo} and closes
	 * it. Laid out before anything is sent, so that a missing font is a clean problem
	 * answer rather than a broken download.
	 */
	ReportPdf render(AnnualReport report, String title) {
		AnnualFigures figures = report.figures();
		ReportPdf pdf = ReportPdf.start(this.fonts, title, report.generatedAt());
		try {
			pdf.title(title)
				.subtitle("统计期间：" + report.year() + "年1月1日至" + report.year() + "年12月31日")
				.subtitle((report.state() == AnnualState.PUBLISHED)
						? "公开日期：" + this.institution.date(report.publishedAt())
						: report.state().label() + "（数据生成于" + this.institution.dateTime(report.generatedAt()) + "）");
			pdf.heading("一、总体情况").paragraph(text(report.overview()));
			pdf.heading("二、主动公开信息情况").paragraph("（一）主动公开信息数量");
			pdf.table(new PdfTable(List.of("公开类别", "具体类别", "本年新公开（条）", "本年更正（次）", "本年撤回（次）"),
					List.of(2f, 2f, 1.4f, 1.4f, 1.4f),
					figures.categories()
						.stream()
						.map((row) -> List.of(row.categoryLabel(), AnnualHtml.subKind(row), count(row.published()),
								count(row.revised()), count(row.withdrawn())))
						.toList()));
			pdf.paragraph("（二）各公开渠道发布情况");
			pdf.table(PdfTable.of(List.of("公开渠道", "发布成功（条次）", "发布失败（次）", "撤回（条次）"), figures.channels()
				.stream()
				.map((row) -> List.of(row.label(), count(row.delivered()), count(row.failed()), count(row.retracted())))
				.toList()));
			pdf.barChart("各公开渠道发布成功条次",
					figures.channels().stream().map((row) -> PdfBar.count(row.label(), row.delivered())).toList());
			pdf.heading("三、依申请公开情况").paragraph("（一）案件程序性信息查询");
			pdf.table(PdfTable.of(List.of("查询渠道", "收到查询（次）", "予以答复（次）", "未予答复（次）", "锁定查询码（次）"),
					figures.queries()
						.stream()
						.map((row) -> List.of(row.label(), count(row.received()), count(row.answered()),
								count(row.refused()), count(row.lockouts())))
						.toList()));
			pdf.barChart("各渠道收到查询次数",
					figures.queries().stream().map((row) -> PdfBar.count(row.label(), row.received())).toList());
			pdf.paragraph("（二）网上检察服务大厅留言");
			pdf.table(messages(figures.messages()));
			pdf.heading("四、控告申诉及因检务公开工作被申请复议、提起诉讼情况");
			if (figures.complaints().stream().mapToLong(MessageRow::received).sum() > 0) {
				pdf.table(messages(figures.complaints()));
			}
			else {
				pdf.paragraph("本年度未收到涉及检务公开工作的控告申诉、举报。");
			}
			if (report.reviews() != null && !report.reviews().isBlank()) {
				pdf.paragraph(report.reviews());
			}
			pdf.heading("五、存在的主要问题及改进情况").paragraph(text(report.problems()));
			pdf.heading("六、其他需要报告的事项").paragraph(text(report.otherMatters()));
			pdf.paragraph(this.institution.name());
			return pdf;
		}
		catch (RuntimeException ex) {
			pdf.close();
			throw ex;
		}
	}

	private static PdfTable messages(List<MessageRow> rows) {
		return PdfTable.of(List.of("留言类别", "收到（件）", "答复（件）", "按期答复（件）"),
				rows.stream()
					.map((row) -> List.of(row.label(), count(row.received()), count(row.answered()),
							count(row.answeredWithinLimit())))
					.toList());
	}

	private static String text(String text) {
		return (text != null && !text.isBlank()) ? text : "无。";
	}

	private static String count(long value) {
		return Long.toString(value);
	}

}
