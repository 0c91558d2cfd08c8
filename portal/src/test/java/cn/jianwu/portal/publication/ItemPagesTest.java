package cn.jianwu.portal.publication;

import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.TemplatePages;
import cn.jianwu.portal.site.Paging;
import cn.jianwu.redaction.HtmlText;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemPagesTest {

	@Test
	void anItemPageShowsItsFactsItsTextAsParagraphsAndItsAttachments() {
		ItemView item = new ItemView("3f2c1d9e-1111-4222-8333-444455556666", "王某涉嫌盗窃案不起诉决定书", "不起诉决定书（已作技术处理）",
				HtmlText.parse("<h3>不起诉决定书</h3><p>被不起诉人王某。</p><p>&lt;img src=x onerror=alert(1)&gt;</p>").paragraphs(),
				"2026年11月20日", "2026-11-20", "公诉部", Column.CASE_INFO, "生效法律文书",
				List.of(new ItemView.AttachmentLink("不起诉决定书.pdf",
						"http://localhost:8080/api/public/items/1/attachments/2", "PDF 文档", "1.2 MB")),
				null, null, List.of());
		Document page = PageChecks.assertAccessible(TemplatePages.render("item", Map.of("item", item)));
		assertThat(page.selectFirst("h1").text()).isEqualTo("王某涉嫌盗窃案不起诉决定书");
		assertThat(page.selectFirst(".item-facts").text()).contains("发布日期", "2026年11月20日", "发布部门", "公诉部",
				"检察案件信息 · 生效法律文书");
		assertThat(page.selectFirst(".item-facts time").attr("datetime")).isEqualTo("2026-11-20");
		assertThat(page.select(".item-body p").eachText()).containsExactly("不起诉决定书", "被不起诉人王某。",
				"<img src=x onerror=alert(1)>");
		assertThat(page.select(".item-body img")).isEmpty();
		assertThat(page.selectFirst(".attachments h2").text()).isEqualTo("附件");
		assertThat(page.selectFirst(".attachments a").attr("href"))
			.isEqualTo("http://localhost:8080/api/public/items/1/attachments/2");
		assertThat(page.selectFirst(".attachments li").text()).isEqualTo("不起诉决定书.pdf （PDF 文档，1.2 MB）");
		assertThat(page.select("nav[aria-label=主导航] a[aria-current=page]").text()).isEqualTo("案件信息");
		assertThat(page.select(".breadcrumb a").eachText()).containsExactly("首页", "案件信息");
		assertThat(page.selectFirst("#item-feedback").text()).isEqualTo("对本条信息提意见");
		assertThat(page.selectFirst("#item-feedback").attr("href"))
			.isEqualTo("/hall/messages/new?kind=ITEM_FEEDBACK&itemId=3f2c1d9e-1111-4222-8333-444455556666");
	}

	@Test
	void aColumnPageListsItsItemsWithPages() {
		List<ItemLine> items = List.of(new ItemLine("/items/1", "检察长接待日安排", "2026年11月20日", "2026-11-20", "检察政务信息",
				"/categories/government-affairs", null, "办公室"));
		Paging paging = Paging.of(2, 15, 40, 0, (number) -> "/categories/government-affairs?page=" + number);
		Document page = PageChecks.assertAccessible(TemplatePages.render("column",
				Map.of("column", Column.GOVERNMENT_AFFAIRS, "items", items, "paging", paging)));
		assertThat(page.selectFirst("h1").text()).isEqualTo("检察政务信息");
		assertThat(page.selectFirst(".list-summary").text()).isEqualTo("共 40 条，第 2 / 3 页");
		assertThat(page.select(".item-list a").eachText()).containsExactly("检察长接待日安排");
		assertThat(page.select("nav.pagination[aria-label=分页] a").eachText()).containsExactly("上一页", "1", "2", "3",
				"下一页");
		assertThat(page.selectFirst("nav.pagination a[aria-current=page]").attr("aria-label")).isEqualTo("第2页");
		assertThat(page.selectFirst("nav.pagination a[rel=next]").attr("href"))
			.isEqualTo("/categories/government-affairs?page=3");
	}

	@Test
	void aSectionPageShowsItsColumnsSectionsTheGuidesDepartmentsAndLongTermItemsFirst() {
		List<ItemLine> items = List.of(
				new ItemLine("/items/1", "控告申诉办事指南", "2026年10月9日", "2026-10-09", "检察政务信息",
						"/categories/government-affairs", "办事指南", "控告申诉检察部", "长期公开", null),
				new ItemLine("/items/2", "律师阅卷指南", "2026年11月20日", "2026-11-20", "检察政务信息",
						"/categories/government-affairs", "办事指南", "案件管理部", null, null));
		Paging paging = Paging.of(1, 15, 2, 0, (number) -> "/categories/government-affairs/guide?page=" + number);
		Document page = PageChecks.assertAccessible(TemplatePages.render("section",
				Map.of("column", Column.GOVERNMENT_AFFAIRS, "section", SubKind.GUIDE, "sectionPath",
						"/categories/government-affairs/guide", "items", items, "paging", paging, "departments",
						List.of(new SectionController.DepartmentLink("控告申诉检察部",
								"/categories/government-affairs/guide?department=%E6%8E%A7", true)),
						"department", "控告申诉检察部", FeedLink.ATTRIBUTE,
						FeedLink.of(Column.GOVERNMENT_AFFAIRS, SubKind.GUIDE))));
		assertThat(page.selectFirst("h1").text()).isEqualTo("办事指南");
		assertThat(page.select(".breadcrumb a").eachText()).containsExactly("首页", "检察政务", "办事指南");
		assertThat(page.select("nav.sections a").eachText()).containsExactly("全部检察政务", "机构概况", "办事指南", "法律解读");
		assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("办事指南");
		assertThat(page.select("nav.sections a").eachAttr("href")).containsExactly("/categories/government-affairs",
				"/categories/government-affairs/institution", "/categories/government-affairs/guide",
				"/categories/government-affairs/legal-interpretation");
		assertThat(page.select("nav.departments a").eachText()).containsExactly("全部部门", "控告申诉检察部");
		assertThat(page.select("nav.departments a[aria-current=page]").text()).isEqualTo("控告申诉检察部");
		assertThat(page.selectFirst(".list-summary").text()).isEqualTo("控告申诉检察部：共 2 条");
		assertThat(page.select(".item-list li").get(0).select(".tag.pinned").text()).isEqualTo("长期公开");
		assertThat(page.select(".item-list li").get(1).select(".tag.pinned")).isEmpty();
		assertThat(page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/categories/government-affairs/guide/feed.atom");
	}

	@Test
	void aPeriodicItemShowsItsPeriodInListsAndOnItsPage() {
		List<ItemLine> items = List.of(new ItemLine("/items/2", "案件信息公开工作情况", "2026年11月20日", "2026-11-20", "检察案件信息",
				"/categories/case-info", "重要案件信息", "案件管理部", null, "2026年第四季度"));
		Document column = PageChecks.assertAccessible(TemplatePages.render("column", Map.of("column", Column.CASE_INFO,
				"items", items, "paging", Paging.of(1, 15, 1, 0, (number) -> "/categories/case-info"))));
		assertThat(column.selectFirst(".item-list .period").text()).isEqualTo("所属期间：2026年第四季度");
		assertThat(column.select("nav.sections a").eachText()).startsWith("全部案件信息", "重要案件信息", "生效法律文书");
		assertThat(column.select("nav.sections a[aria-current=page]").text()).isEqualTo("全部案件信息");

		Document item = PageChecks.assertAccessible(TemplatePages.render("item", Map.of("item", view(List.of()))));
		assertThat(item.selectFirst(".item-facts").text()).contains("所属期间", "2026年第四季度");
		assertThat(item.select(".revisions")).as("one revision: no history").isEmpty();
	}

	@Test
	void aRevisedItemListsItsRevisionsWithTheirNotesAndLinksWhatChanged() {
		Document page = PageChecks.assertAccessible(TemplatePages.render("item",
				Map.of("item",
						view(List.of(new ItemView.RevisionLine(1, "2026年10月9日", "2026-10-09", null, null),
								new ItemView.RevisionLine(2, "2026年11月20日", "2026-11-20", "更正了办理时限的表述。",
										"/items/9a/changes?from=1&to=2"))))));
		assertThat(page.selectFirst(".revisions h2").text()).isEqualTo("修订记录");
		assertThat(page.select(".revisions tbody tr")).extracting((row) -> row.text())
			.containsExactly("第1版 2026年10月9日 首次发布", "第2版 2026年11月20日 更正了办理时限的表述。 查看修改内容");
		assertThat(page.selectFirst(".revisions a").attr("href")).isEqualTo("/items/9a/changes?from=1&to=2");
	}

	@Test
	void theChangesPageMarksDeletionsAndInsertionsInWordsAsWellAsByStyle() {
		ChangesView changes = new ChangesView("控告申诉办事指南（修订）", "/items/9a", Column.GOVERNMENT_AFFAIRS,
				new ItemView.RevisionLine(1, "2026年10月9日", "2026-10-09", null, null),
				new ItemView.RevisionLine(2, "2026年11月20日", "2026-11-20", null, null),
				TextDiff.inline("控告申诉办事指南", "控告申诉办事指南（修订）"), TextDiff.inline("来访须知。", "来访须知。"),
				TextDiff.paragraphs(List.of("接待时间：工作日上午。", "<b>请携带身份证件。</b>"),
						List.of("接待时间：工作日全天。", "<b>请携带身份证件。</b>", "可提前电话预约。")));
		Document page = PageChecks.assertAccessible(TemplatePages.render("item-changes", Map.of("changes", changes)));
		assertThat(page.selectFirst("h1").text()).isEqualTo("修改内容：控告申诉办事指南（修订）");
		assertThat(page.selectFirst(".diff-range").text()).contains("第 1 版", "2026年10月9日", "第 2 版", "2026年11月20日");
		assertThat(page.select("section.diff h2").eachText()).containsExactly("标题", "摘要", "正文");
		// wholeText: jsoup spaces out <del> and <ins>, which a browser shows inline
		assertThat(page.selectFirst("section.diff .diff-line").wholeText()).isEqualTo("〔删除：控告申诉办事指南〕〔新增：控告申诉办事指南（修订）〕");
		assertThat(page.select("section.diff").get(1).select(".diff-same").text()).isEqualTo("未修改");
		assertThat(page.select(".diff-body p").stream().map((paragraph) -> paragraph.wholeText()))
			.containsExactly("接待时间：〔删除：工作日上午。〕〔新增：工作日全天。〕", "<b>请携带身份证件。</b>", "〔新增：可提前电话预约。〕");
		assertThat(page.select(".diff-body del").eachText()).containsExactly("工作日上午。");
		assertThat(page.select(".diff-body ins").eachText()).containsExactly("工作日全天。", "可提前电话预约。");
		assertThat(page.select(".diff-body b")).as("text stays text").isEmpty();
		assertThat(page.select(".diff-body p").eachAttr("class")).containsExactly("diff-changed", "diff-same",
				"diff-inserted");
		assertThat(page.selectFirst("p.back a").attr("href")).isEqualTo("/items/9a");
	}

	@Test
	void aWithdrawnItemsPageStatesTitleDatesAndReasonAndLeadsBackToItsColumn() {
		WithdrawnView withdrawn = new WithdrawnView("某某案起诉书", "2026年10月9日", "2026-10-09", "2026年12月1日", "2026-12-01",
				"所涉案件已进入再审程序，依法暂停公开。", Column.CASE_INFO, "生效法律文书", "/categories/case-info/legal-document");
		Document page = PageChecks.assertAccessible(TemplatePages.render("withdrawn", Map.of("withdrawn", withdrawn)));
		assertThat(page.selectFirst("h1").text()).isEqualTo("该信息已撤回");
		assertThat(page.select(".withdrawal dt").eachText()).containsExactly("标题", "发布日期", "撤回日期", "撤回理由");
		assertThat(page.select(".withdrawal dd").eachText()).containsExactly("某某案起诉书", "2026年10月9日", "2026年12月1日",
				"所涉案件已进入再审程序，依法暂停公开。");
		assertThat(page.select(".back-links a").eachAttr("href"))
			.containsExactly("/categories/case-info/legal-document", "/categories/case-info", "/");
		assertThat(page.select(".item-body, .attachments, #item-feedback")).isEmpty();
		assertThat(page.select("nav[aria-label=主导航] a[aria-current=page]").text()).isEqualTo("案件信息");
	}

	private static ItemView view(List<ItemView.RevisionLine> revisions) {
		return new ItemView("9a", "案件信息公开工作情况", null, List.of("本季度共公开案件程序性信息一千余条。"), "2026年11月20日", "2026-11-20",
				"案件管理部", Column.CASE_INFO, "重要案件信息", List.of(), null, "2026年第四季度", revisions);
	}

}
