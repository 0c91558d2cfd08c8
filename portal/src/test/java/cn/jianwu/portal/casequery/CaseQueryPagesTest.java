package cn.jianwu.portal.casequery;

import java.util.List;
import java.util.Map;

import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.TemplatePages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseQueryPagesTest {

	private static final CaseQueryView ANSWER = CaseQueryView
		.of(new CaseInformation("晋检刑诉受〔2026〕35010300001号", "张某涉嫌盗窃案<script>", "审查起诉案件", "第一检察部", "2026-03-02", "审查起诉",
				null, "2026-04-01", List.of(new CaseInformation.Event("受理", null, "2026-03-02"),
						new CaseInformation.Event("审查起诉", null, "2026-03-05"))),
				TemplatePages.institution());

	@Test
	void theWebAnswerShowsTheProceduralInformationAsATable() {
		Document page = PageChecks
			.assertAccessible(TemplatePages.render("case-query-result", Map.of("result", ANSWER)));
		assertThat(page.select(".case-facts dt").eachText()).containsExactly("案件名称", "案号", "案件类别", "承办部门", "受理日期",
				"当前阶段", "本阶段办理期限");
		assertThat(page.select(".case-facts dd").eachText()).containsExactly("张某涉嫌盗窃案<script>",
				"晋检刑诉受〔2026〕35010300001号", "审查起诉案件", "第一检察部", "2026年3月2日", "审查起诉", "2026年4月1日");
		assertThat(page.select("script:not([src])")).as("text from the service stays text").isEmpty();
		assertThat(page.selectFirst("table.history caption").text()).isEqualTo("办理过程");
		assertThat(page.select("table.history th[scope=col]").eachText()).containsExactly("日期", "程序阶段");
		assertThat(page.select("table.history tbody tr")).extracting((row) -> row.text())
			.containsExactly("2026年3月2日 受理", "2026年3月5日 审查起诉");
		assertThat(page.select("a[href=/case-query]").eachText()).contains("再次查询");
	}

	@Test
	void theKioskAnswerIsLargeTypeAndLeadsBackToAnEmptyStart() {
		Document page = PageChecks
			.assertAccessible(TemplatePages.render("kiosk", Map.of("result", ANSWER, "idleSeconds", 60L)));
		assertThat(page.selectFirst(".kiosk-facts .current").text()).isEqualTo("当前阶段 审查起诉");
		assertThat(page.select(".kiosk-facts dt").eachText()).startsWith("案件名称", "当前阶段", "办理期限");
		assertThat(page.select("form#kiosk-form")).isEmpty();
		assertThat(page.selectFirst("a[data-kiosk-home]").attr("href")).isEqualTo("/kiosk");
		assertThat(page.selectFirst("body").attr("data-state")).isEqualTo("result");
		assertThat(page.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("60;url=/kiosk");
	}

	@Test
	void theWebFormShowsTheUniformRefusal() {
		Document page = PageChecks
			.assertAccessible(TemplatePages.render("case-query", Map.of("failure", CaseQueryMessages.REFUSED)));
		assertThat(page.selectFirst("[role=alert]").text()).isEqualTo(CaseQueryMessages.REFUSED);
		assertThat(page.select("#queryCode[aria-invalid]")).isEmpty();
	}

}
