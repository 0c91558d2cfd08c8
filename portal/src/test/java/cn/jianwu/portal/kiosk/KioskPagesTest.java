package cn.jianwu.portal.kiosk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.TemplatePages;
import cn.jianwu.portal.casequery.CaseQueryView;
import cn.jianwu.portal.casequery.RightsNotices;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's pages rendered with what the controllers put in the model: five buttons at
 * home, lists turned by touch, items in large type, the withdrawal notice instead of a
 * withdrawn text, and never a link out of the kiosk.
 */
class KioskPagesTest {

	private static final String ID = "3f2c1d9e-1111-4222-8333-444455556666";

	@Test
	void theHomeOffersTheFiveServicesAsLargeButtonsAndStaysPut() {
		Document home = page("kiosk-home", Map.of());
		assertThat(home.select("nav.kiosk-menu a .kiosk-tile-name").eachText()).containsExactly("案件查询", "最新公开", "办事指南",
				"预约签到", "我要留言");
		assertThat(home.select("nav.kiosk-menu a").eachAttr("href")).containsExactly("/kiosk/query", "/kiosk/latest",
				"/kiosk/guides", "/kiosk/check-in", "/kiosk/messages/new");
		assertThat(home.selectFirst("body").attr("data-state")).as("the idle reset leaves the home alone")
			.isEqualTo("home");
		assertThat(home.select("noscript meta[http-equiv=refresh]")).isEmpty();
		assertOnlyKioskLinks(home);
	}

	@Test
	void theLatestItemsAreTurnedPageByPageAndMarkLongTermAndPeriodicItems() {
		KioskReading.Screen screen = new KioskReading.Screen(
				List.of(new KioskReading.Line("/kiosk/items/" + ID, "检察服务中心接待时间", "2026年11月20日", "2026-11-20", "案件管理部",
						"办事指南", true, null),
						new KioskReading.Line("/kiosk/items/" + ID.replace('3', '4'), "2026年第四季度案件办理情况", "2026年12月1日",
								"2026-12-01", "办公室", "检察案件信息", false, "2026年第四季度")),
				2, 3, "/kiosk/latest?page=1", "/kiosk/latest?page=3");
		Document latest = page("kiosk-list", Map.of("heading", "最新公开", "screen", screen));
		assertThat(latest.selectFirst("h1").text()).isEqualTo("最新公开");
		assertThat(latest.select("#kiosk-items a.kiosk-line").eachAttr("href")).containsExactly("/kiosk/items/" + ID,
				"/kiosk/items/" + ID.replace('3', '4'));
		assertThat(latest.select("#kiosk-items li").get(0).select(".kiosk-mark").text()).isEqualTo("长期公开");
		assertThat(latest.select("#kiosk-items li").get(1).text()).contains("所属期间：2026年第四季度");
		assertThat(latest.selectFirst("#kiosk-previous").attr("href")).isEqualTo("/kiosk/latest?page=1");
		assertThat(latest.selectFirst("#kiosk-next").attr("href")).isEqualTo("/kiosk/latest?page=3");
		assertThat(latest.selectFirst(".kiosk-page").text()).isEqualTo("第2页 / 共3页");
		assertThat(latest.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("60;url=/kiosk");
		assertThat(latest.selectFirst("a[data-kiosk-home]").text()).isEqualTo("首页");
		assertOnlyKioskLinks(latest);

		KioskReading.Screen last = new KioskReading.Screen(screen.lines(), 3, 3, "/kiosk/latest?page=2", null);
		Document end = page("kiosk-list", Map.of("heading", "最新公开", "screen", last));
		assertThat(end.select("#kiosk-next")).isEmpty();
		assertThat(end.select(".kiosk-pager [aria-disabled=true]").text()).isEqualTo("下一页");
	}

	@Test
	void theGuidesAreChosenByDepartmentWithLargeButtons() {
		KioskReading.Screen screen = new KioskReading.Screen(List.of(new KioskReading.Line("/kiosk/items/" + ID,
				"律师阅卷须知", "2026年11月20日", "2026-11-20", "案件管理部", "办事指南", true, null)), 1, 1, null, null);
		Map<String, Object> model = new HashMap<>();
		model.put("heading", "办事指南");
		model.put("screen", screen);
		model.put("department", "案件管理部");
		model.put("allDepartments", "/kiosk/guides");
		model.put("departments",
				List.of(new KioskReadingController.DepartmentChoice("案件管理部", "/kiosk/guides?department=x", true),
						new KioskReadingController.DepartmentChoice("第一检察部", "/kiosk/guides?department=y", false)));
		Document guides = page("kiosk-list", model);
		assertThat(guides.select("#kiosk-departments a").eachText()).containsExactly("全部部门", "案件管理部", "第一检察部");
		assertThat(guides.select("#kiosk-departments a[aria-current=true]").text()).isEqualTo("案件管理部");
		assertThat(guides.select(".kiosk-pager")).as("one screen, no paging").isEmpty();
		assertOnlyKioskLinks(guides);
	}

	@Test
	void anItemIsReadInLargeTypeWithItsAttachmentsNamedButNotOffered() {
		KioskReading.Reading item = new KioskReading.Reading("律师阅卷须知", "阅卷须预约。", List.of("第一段。", "第二段。"), "2026年11月20日",
				"2026-11-20", "案件管理部", "办事指南", true, null, List.of("阅卷申请表.pdf"), "/kiosk/guides", null);
		Document page = page("kiosk-item", Map.of("item", item));
		assertThat(page.selectFirst("#item-heading").text()).isEqualTo("律师阅卷须知");
		assertThat(page.select("#kiosk-item > p.kiosk-text").eachText()).containsExactly("第一段。", "第二段。");
		assertThat(page.selectFirst(".kiosk-summary").text()).isEqualTo("阅卷须预约。");
		assertThat(page.select(".kiosk-attachments li").eachText()).containsExactly("阅卷申请表.pdf");
		assertThat(page.select(".kiosk-attachments a")).as("no downloads on a kiosk").isEmpty();
		assertThat(page.selectFirst("#kiosk-back").attr("href")).isEqualTo("/kiosk/guides");
		assertThat(page.select(".kiosk-way-home a").eachText()).containsExactly("返回", "首页");
		assertThat(page.selectFirst("body").attr("data-state")).isEqualTo("item");
		assertOnlyKioskLinks(page);
	}

	@Test
	void aWithdrawnItemShowsItsNoticeAndNeverItsText() {
		KioskReading.Reading withdrawn = new KioskReading.Reading("关于某事项的公告", null, List.of(), "2026年11月20日",
				"2026-11-20", null, "检察政务信息", false, null, List.of(), "/kiosk/latest",
				new KioskReading.Withdrawal("2026年12月1日", "信息有误，更正后重新发布"));
		Document page = page("kiosk-item", Map.of("item", withdrawn));
		assertThat(page.selectFirst("#withdrawn-heading").text()).isEqualTo("该信息已撤回");
		assertThat(page.select("#kiosk-withdrawn dd").eachText()).containsExactly("关于某事项的公告", "2026年11月20日",
				"2026年12月1日", "信息有误，更正后重新发布");
		assertThat(page.select("#kiosk-item")).isEmpty();
		assertOnlyKioskLinks(page);

		Document missing = page("kiosk-item", Map.of("failure", KioskReadingController.MISSING));
		assertThat(missing.selectFirst(".kiosk-message").text()).isEqualTo(KioskReadingController.MISSING);
		assertThat(missing.select("#kiosk-back")).isEmpty();
		assertThat(missing.selectFirst("a[data-kiosk-home]").attr("href")).isEqualTo("/kiosk");
	}

	@Test
	void theCaseAnswerLinksTheStagesNoticesOnTheKiosk() {
		CaseView example = JsonMapper.builder()
			.build()
			.readValue(CaseQueryExamples.json(Example.CASE_VIEW), CaseView.class);
		CaseQueryView answer = CaseQueryView.of(example, TemplatePages.institution());
		RightsNotices.Notices site = new RightsNotices.Notices(
				List.of(new RightsNotices.Link("审查起诉阶段权利义务告知书", "/items/" + ID)),
				"/categories/government-affairs/guide");
		Document page = page("kiosk", Map.of("result", answer, "notices", KioskPaths.notices(site)));
		assertThat(page.selectFirst("#notices-heading").text()).isEqualTo("本阶段权利义务告知");
		assertThat(page.select("#kiosk-notices a.kiosk-line").eachAttr("href")).containsExactly("/kiosk/items/" + ID);
		assertThat(page.selectFirst("#kiosk-all-guides").attr("href")).isEqualTo("/kiosk/guides");
		assertOnlyKioskLinks(page);

		Document none = page("kiosk",
				Map.of("result", answer, "notices", KioskPaths.notices(new RightsNotices.Notices(List.of(), "/x"))));
		assertThat(none.selectFirst("#kiosk-notices .kiosk-note").text()).contains("请查看办事指南");
		assertThat(none.selectFirst("#kiosk-all-guides").attr("href")).isEqualTo("/kiosk/guides");
	}

	@Test
	void theKeypadPostsToTheQueryAndAFailureOffersTheWayHomeAndATryAgain() {
		Document entry = page("kiosk", Map.of());
		assertThat(entry.selectFirst("form#kiosk-form").attr("action")).isEqualTo("/kiosk/query");
		assertOnlyKioskLinks(entry);
		Document failure = page("kiosk", Map.of("failure", "查询未成功"));
		assertThat(failure.selectFirst("a[data-kiosk-home]").attr("href")).isEqualTo("/kiosk");
		assertThat(failure.selectFirst("#query-again").attr("href")).isEqualTo("/kiosk/query");
	}

	private static Document page(String template, Map<String, Object> model) {
		Map<String, Object> full = new HashMap<>(model);
		full.putIfAbsent("idleSeconds", 60L);
		return PageChecks.assertAccessible(TemplatePages.render(template, full));
	}

	/** A kiosk has no address bar: every link stays on the kiosk. */
	private static void assertOnlyKioskLinks(Document page) {
		for (Element link : page.select("a[href]")) {
			assertThat(link.attr("href")).as(link.outerHtml()).startsWith("/kiosk");
		}
	}

}
