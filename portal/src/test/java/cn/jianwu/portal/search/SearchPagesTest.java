package cn.jianwu.portal.search;

import java.util.List;
import java.util.Map;

import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.TemplatePages;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.site.Paging;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPagesTest {

	@Test
	void hitsShowOnlyTheMatchMarksAsElementsWithFacetsAndPages() {
		SearchForm form = SearchForm.of("赌博", "CASE_INFO", "2026-01-01", null, null);
		SearchPageController.HitView hit = new SearchPageController.HitView("/items/1",
				Highlight.runs("特大网络<em>赌博</em>案&lt;img src=x onerror=alert(1)&gt;"),
				List.of(Highlight.runs("开设<em>赌</em>场<script>alert(1)</script>")), null, "2026年11月20日", "2026-11-20",
				"检察案件信息", "公诉部");
		List<SearchPageController.Facet> facets = List.of(
				new SearchPageController.Facet("全部类别", 12, form.withCategory(null), false),
				new SearchPageController.Facet("检察案件信息", 11, form.withCategory("CASE_INFO"), true));
		SearchPageController.Results results = new SearchPageController.Results(11, List.of(hit), facets,
				Paging.of(1, 10, 11, 1000, form::page));
		Document page = PageChecks.assertAccessible(
				TemplatePages.render("search", Map.of("form", form, "columns", Column.values(), "results", results)));

		Element title = page.selectFirst(".hit-title a");
		assertThat(title.text()).isEqualTo("特大网络赌博案<img src=x onerror=alert(1)>");
		assertThat(title.select("em").eachText()).containsExactly("赌博");
		assertThat(title.select("img")).isEmpty();
		assertThat(page.selectFirst(".fragment").select("em").eachText()).containsExactly("赌");
		assertThat(page.select(".hits script")).isEmpty();
		assertThat(page.select("main em").eachText()).containsExactly("赌博", "赌");
		assertThat(page.selectFirst(".result-count").text()).isEqualTo("共找到 11 条结果，第 1 / 2 页");
		assertThat(page.select(".facets a").eachText()).containsExactly("全部类别 （12）", "检察案件信息 （11）");
		assertThat(page.selectFirst(".facets a[aria-current=true]").attr("href"))
			.isEqualTo("/search?q=%E8%B5%8C%E5%8D%9A&category=CASE_INFO&from=2026-01-01");
		assertThat(page.selectFirst("#search-category option[selected]").val()).isEqualTo("CASE_INFO");
		assertThat(page.selectFirst("#search-from").val()).isEqualTo("2026-01-01");
		assertThat(page.selectFirst("#search-q").val()).isEqualTo("赌博");
		assertThat(page.selectFirst("nav.pagination a[rel=next]").attr("href")).endsWith("&page=2");
		assertThat(page.title()).isEqualTo("赌博 - 站内检索 · 阳光检务 · 测试区人民检察院");
	}

	@Test
	void aQueryWithNoHitsSaysWhatToTry() {
		SearchForm form = SearchForm.of("不存在的词", null, null, null, null);
		SearchPageController.Results results = new SearchPageController.Results(0, List.of(),
				List.of(new SearchPageController.Facet("全部类别", 0, form.withCategory(null), true)),
				Paging.of(1, 10, 0, 1000, form::page));
		Document page = PageChecks.assertAccessible(
				TemplatePages.render("search", Map.of("form", form, "columns", Column.values(), "results", results)));
		assertThat(page.selectFirst(".hits .empty").text()).contains("没有找到相关信息");
		assertThat(page.select("nav.pagination")).isEmpty();
	}

}
