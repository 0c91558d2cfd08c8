package cn.jianwu.reports.annual;

import java.util.List;
import java.util.function.Function;

import cn.jianwu.reports.api.annual.AnnualFigures;
import cn.jianwu.reports.api.annual.AnnualFigures.CategoryRow;
import cn.jianwu.reports.api.annual.AnnualFigures.MessageRow;

import org.springframework.web.util.HtmlUtils;

/**
 * The report as the body of its disclosure item: the six sections of the national format
 * (国办公开办函〔2021〕30号) in order, the office's text as paragraphs and the figures as tables.
 * Staff text is text: nothing in it becomes markup.
 */
final class AnnualHtml {

	private AnnualHtml() {
	}

	static String body(AnnualReport report) {
		AnnualFigures figures = report.figures();
		StringBuilder html = new StringBuilder();
		html.append("<h2>一、总体情况</h2>").append(paragraphs(report.overview()));
		html.append("<h2>二、主动公开信息情况</h2>");
		html.append("<h3>（一）主动公开信息数量</h3>");
		table(html, List.of("公开类别", "具体类别", "本年新公开（条）", "本年更正（次）", "本年撤回（次）"), figures.categories(),
				(row) -> List.of(row.categoryLabel(), subKind(row), count(row.published()), count(row.revised()),
						count(row.withdrawn())));
		html.append("<h3>（二）各公开渠道发布情况</h3>");
		table(html, List.of("公开渠道", "发布成功（条次）", "发布失败（次）", "撤回（条次）"), figures.channels(),
				(row) -> List.of(row.label(), count(row.delivered()), count(row.failed()), count(row.retracted())));
		html.append("<h2>三、依申请公开情况</h2>");
		html.append("<h3>（一）案件程序性信息查询</h3>");
		table(html, List.of("查询渠道", "收到查询（次）", "予以答复（次）", "未予答复（次）", "锁定查询码（次）"), figures.queries(),
				(row) -> List.of(row.label(), count(row.received()), count(row.answered()), count(row.refused()),
						count(row.lockouts())));
		html.append("<h3>（二）网上检察服务大厅留言</h3>");
		messages(html, figures.messages());
		html.append("<h2>四、控告申诉及因检务公开工作被申请复议、提起诉讼情况</h2>");
		long complaints = figures.complaints().stream().mapToLong(MessageRow::received).sum();
		if (complaints > 0) {
			messages(html, figures.complaints());
		}
		else {
			html.append("<p>本年度未收到涉及检务公开工作的控告申诉、举报。</p>");
		}
		if (report.reviews() != null && !report.reviews().isBlank()) {
			html.append(paragraphs(report.reviews()));
		}
		html.append("<h2>五、存在的主要问题及改进情况</h2>").append(paragraphs(report.problems()));
		html.append("<h2>六、其他需要报告的事项</h2>").append(paragraphs(report.otherMatters()));
		return html.toString();
	}

	private static void messages(StringBuilder html, List<MessageRow> rows) {
		table(html, List.of("留言类别", "收到（件）", "答复（件）", "按期答复（件）"), rows, (row) -> List.of(row.label(),
				count(row.received()), count(row.answered()), count(row.answeredWithinLimit())));
	}

	private static <R> void table(StringBuilder html, List<String> headings, List<R> rows,
			Function<R, List<String>> cells) {
		html.append("<table><thead><tr>");
		headings.forEach((heading) -> html.append("<th>").append(escape(heading)).append("</th>"));
		html.append("</tr></thead><tbody>");
		for (R row : rows) {
			html.append("<tr>");
			cells.apply(row).forEach((cell) -> html.append("<td>").append(escape(cell)).append("</td>"));
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	static String subKind(CategoryRow row) {
		return (row.subKindLabel() != null) ? row.subKindLabel() : "—";
	}

	static String count(long value) {
		return Long.toString(value);
	}

	/** Plain text as paragraphs: each non-blank line is one; nothing written: 无. */
	static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		if (text != null) {
			for (String line : text.split("\\R")) {
				if (!line.isBlank()) {
					html.append("<p>").append(escape(line.strip())).append("</p>");
				}
			}
		}
		return (html.length() > 0) ? html.toString() : "<p>无。</p>";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
