package cn.jianwu.portal.publication;

import java.util.List;
import java.util.Map;

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

}
