package cn.jianwu.reports.annual;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Category;
import cn.jianwu.events.MessageKind;
import cn.jianwu.reports.api.annual.AnnualFigures;
import cn.jianwu.reports.api.annual.AnnualFigures.CategoryRow;
import cn.jianwu.reports.api.annual.AnnualFigures.ChannelRow;
import cn.jianwu.reports.api.annual.AnnualFigures.MessageRow;
import cn.jianwu.reports.api.annual.AnnualFigures.QueryRow;
import cn.jianwu.reports.api.annual.AnnualState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualHtmlTest {

	@Test
	void hasTheSixSectionsInOrderWithTheOfficesTextAsText() {
		String body = AnnualHtml.body(report("全年公开<b>信息</b>。\n\n第二段。", figures(0)));
		assertThat(body).containsSubsequence("一、总体情况", "二、主动公开信息情况", "三、依申请公开情况", "四、", "五、存在的主要问题及改进情况",
				"六、其他需要报告的事项");
		assertThat(body).contains("<p>全年公开&lt;b&gt;信息&lt;/b&gt;。</p><p>第二段。</p>").doesNotContain("<b>");
		assertThat(body).as("a section the office left empty").contains("<h2>五、存在的主要问题及改进情况</h2><p>无。</p>");
		assertThat(body).contains("<td>检察政务信息</td><td>—</td><td>7</td><td>1</td><td>0</td>", "<td>新浪微博</td><td>6</td>");
	}

	@Test
	void section4ShowsTheComplaintsTableOnlyWhenThereWereAny() {
		assertThat(section4(report("概况", figures(0)))).isEqualTo("<p>本年度未收到涉及检务公开工作的控告申诉、举报。</p>");
		assertThat(section4(report("概况", figures(3)))).contains("<td>控告申诉</td><td>3</td>").doesNotContain("本年度未收到");
	}

	private static String section4(AnnualReport report) {
		String body = AnnualHtml.body(report);
		return body.substring(body.indexOf("</h2>", body.indexOf("<h2>四、")) + 5, body.indexOf("<h2>五、"));
	}

	private static AnnualFigures figures(long complaints) {
		MessageRow complaint = new MessageRow(MessageKind.COMPLAINT, MessageKind.COMPLAINT.label(), complaints, 0, 0);
		MessageRow report = new MessageRow(MessageKind.REPORT, MessageKind.REPORT.label(), 0, 0, 0);
		return new AnnualFigures(2026,
				List.of(new CategoryRow(Category.GOVERNMENT_AFFAIRS, Category.GOVERNMENT_AFFAIRS.label(), null, null, 7,
						1, 0)),
				List.of(new ChannelRow("weibo", "新浪微博", 6, 2, 0)), List.of(new QueryRow("WEB", "网上查询", 10, 8, 2, 1)),
				List.of(complaint, report), List.of(complaint, report));
	}

	private static AnnualReport report(String overview, AnnualFigures figures) {
		return new AnnualReport(2026, AnnualState.DRAFT, overview, null, null, null, figures,
				Instant.parse("2026-12-02T01:00:00Z"), "office", null, null, null, 1, null, null, null);
	}

}
