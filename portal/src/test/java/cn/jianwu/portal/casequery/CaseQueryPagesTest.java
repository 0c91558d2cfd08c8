package cn.jianwu.portal.casequery;

import java.util.List;
import java.util.Map;

import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.QueryFailure;
import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.TemplatePages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CaseQueryPagesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * case-query-service's answer as the contract's example has it, with a hostile name.
	 */
	private static final CaseQueryView ANSWER = CaseQueryView.of(hostile(), TemplatePages.institution());

	@Test
	void theWebAnswerShowsTheProceduralInformationAsATable() {
		Document page = PageChecks
			.assertAccessible(TemplatePages.render("case-query-result", Map.of("result", ANSWER)));
		assertThat(page.select(".case-facts dt").eachText()).containsExactly("案件名称", "案号", "案件类别", "承办部门", "受理日期",
				"当前阶段", "本阶段办理期限");
		assertThat(page.select(".case-facts dd").eachText()).containsExactly("张某涉嫌盗窃案<script>",
				"晋检刑诉受〔2026〕35010300001号", "审查起诉案件", "第一检察部", "2026年3月2日", "审查起诉", "2026年4月5日");
		assertThat(page.select("script:not([src])")).as("text from the service stays text").isEmpty();
		assertThat(page.selectFirst("table.history caption").text()).isEqualTo("办理过程");
		assertThat(page.select("table.history th[scope=col]").eachText()).containsExactly("日期", "程序阶段");
		assertThat(page.select("table.history tbody tr")).extracting((row) -> row.text())
			.containsExactly("2026年3月2日 受理", "2026年3月5日 审查起诉");
		assertThat(page.select("a[href=/case-query]").eachText()).contains("再次查询");
	}

	@Test
	void theWebAnswerLinksTheStagesNoticesOfRightsAndAllTheGuides() {
		RightsNotices.Notices notices = new RightsNotices.Notices(
				List.of(new RightsNotices.Link("审查起诉阶段犯罪嫌疑人权利义务告知书<b>", "/items/a1"),
						new RightsNotices.Link("被害人诉讼权利义务告知", "/items/b2")),
				RightsNotices.sectionPath());
		Document page = PageChecks
			.assertAccessible(TemplatePages.render("case-query-result", Map.of("result", ANSWER, "notices", notices)));
		assertThat(page.selectFirst(".rights-notices h2").text()).isEqualTo("本阶段权利义务告知");
		assertThat(page.select(".rights-notices li a")).extracting((link) -> link.text() + " → " + link.attr("href"))
			.containsExactly("审查起诉阶段犯罪嫌疑人权利义务告知书<b> → /items/a1", "被害人诉讼权利义务告知 → /items/b2");
		assertThat(page.selectFirst(".rights-notices a[href=/categories/government-affairs/guide]").text())
			.isEqualTo("查看全部办事指南");
	}

	@Test
	void withoutGuidesForTheStageTheAnswerStillLeadsToTheGuides() {
		Document page = PageChecks.assertAccessible(TemplatePages.render("case-query-result", Map.of("result", ANSWER,
				"notices", new RightsNotices.Notices(List.of(), RightsNotices.sectionPath()))));
		assertThat(page.select(".rights-notices li")).isEmpty();
		assertThat(page.selectFirst(".rights-notices").text()).contains("办事指南");
		assertThat(page.select(".rights-notices a").eachAttr("href"))
			.containsExactly("/categories/government-affairs/guide");
		assertThat(page.select(".case-facts .current dd").text()).isEqualTo("审查起诉");
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
	void theWebFormShowsTheUniformRefusalWithTheLockOutTheServiceStated() {
		QueryFailure failure = JSON.readValue(CaseQueryExamples.json(Example.QUERY_FAILURE), QueryFailure.class);
		String refused = CaseQueryOutcome.refused(failure).message();
		Document page = PageChecks.assertAccessible(TemplatePages.render("case-query", Map.of("failure", refused)));
		assertThat(page.selectFirst("[role=alert]").text()).isEqualTo(refused)
			.startsWith("查询未成功")
			.contains("连续输错5次，查询码将锁定30分钟");
		assertThat(page.select("#queryCode[aria-invalid]")).isEmpty();
	}

	private static CaseView hostile() {
		CaseView example = JSON.readValue(CaseQueryExamples.json(Example.CASE_VIEW), CaseView.class);
		return new CaseView(example.caseNumber(), example.caseName() + "<script>", example.caseType(),
				example.department(), example.acceptedAt(), example.stage(), example.stageDate(),
				example.stageDeadline(), example.events(), example.compulsoryMeasures());
	}

}
