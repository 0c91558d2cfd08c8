package cn.jianwu.portal.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.api.item.SubKind;
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
		SearchForm form = SearchForm.of("赌博", "CASE_INFO", null, "2026-01-01", null, null);
		SearchPageController.HitView hit = new SearchPageController.HitView("/items/1",
				Highlight.runs("特大网络<em>赌博</em>案&lt;img src=x onerror=alert(1)&gt;"),
				List.of(Highlight.runs("开设<em>赌</em>场<script>alert(1)</script>")), null, "2026年11月20日", "2026-11-20",
				"检察案件信息", null, "公诉部");
		List<SearchPageController.Facet> facets = List.of(
				new SearchPageController.Facet("全部类别", 12, form.withCategory(null), false),
				new SearchPageController.Facet("检察案件信息", 11, form.withCategory("CASE_INFO"), true));
		SearchPageController.Results results = new SearchPageController.Results(11, List.of(hit), facets, List.of(),
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
		SearchForm form = SearchForm.of("不存在的词", null, null, null, null, null);
		SearchPageController.Results results = new SearchPageController.Results(0, List.of(),
				List.of(new SearchPageController.Facet("全部类别", 0, form.withCategory(null), true)), List.of(),
				Paging.of(1, 10, 0, 1000, form::page));
		Document page = PageChecks.assertAccessible(
				TemplatePages.render("search", Map.of("form", form, "columns", Column.values(), "results", results)));
		assertThat(page.selectFirst(".hits .empty").text()).contains("没有找到相关信息");
		assertThat(page.select("nav.pagination")).isEmpty();
	}

	@Test
	void theChosenCategorysSectionsAreFiltersWithCountsAndTheHitNamesItsSection() {
		SearchForm form = SearchForm.of("起诉", "CASE_INFO", "LEGAL_DOCUMENT", null, null, null);
		SearchAnswer answer = new SearchAnswer(23, List.of(), Map.of("CASE_INFO", 30L, "OTHER", 4L),
				Map.of("LEGAL_DOCUMENT", 23L, "TYPICAL_CASE", 7L));
		SearchPageController.HitView hit = new SearchPageController.HitView("/items/1",
				Highlight.runs("赵某诈骗案<em>起诉</em>书"), List.of(), "摘要", "2026年11月20日", "2026-11-20", "检察案件信息", "生效法律文书",
				"第一检察部");
		SearchPageController.Results results = new SearchPageController.Results(23, List.of(hit), List.of(),
				SearchPageController.sections(form, answer), Paging.of(1, 10, 23, 1000, form::page));
		Document page = PageChecks.assertAccessible(TemplatePages.render("search", Map.of("form", form, "columns",
				Column.values(), "sections", SearchPageController.sectionChoices(), "results", results)));

		assertThat(page.select("nav.sections a").eachText()).containsExactly("全部子栏目 （30）", "重要案件信息 （0）", "生效法律文书 （23）",
				"典型案例 （7）", "涉案财物处理结果 （0）", "监督纠正情况 （0）");
		assertThat(page.selectFirst("nav.sections a[aria-current=true]").text()).startsWith("生效法律文书");
		assertThat(page.select("nav.sections a").first().attr("href"))
			.isEqualTo("/search?q=%E8%B5%B7%E8%AF%89&category=CASE_INFO");
		assertThat(page.selectFirst("nav.pagination a[rel=next]").attr("href"))
			.isEqualTo("/search?q=%E8%B5%B7%E8%AF%89&category=CASE_INFO&subKind=LEGAL_DOCUMENT&page=2");
		assertThat(page.selectFirst(".hit .item-meta").text()).isEqualTo("2026年11月20日 检察案件信息 生效法律文书 第一检察部");
		assertThat(page.selectFirst("#search-sub-kind option[selected]").val()).isEqualTo("LEGAL_DOCUMENT");
		assertThat(page.select("#search-sub-kind optgroup").eachAttr("label")).containsExactly("检察案件信息", "检察政务信息");
	}

	@Test
	void withoutACategoryEverySectionShowsItsCountAndLeadsToItsColumn() {
		SearchForm form = SearchForm.of("告知", null, null, null, null, null);
		List<SearchPageController.Facet> sections = SearchPageController.sections(form, new SearchAnswer(9, List.of(),
				Map.of("GOVERNMENT_AFFAIRS", 9L), Map.of("GUIDE", 6L, "INSTITUTION", 1L)));
		assertThat(sections).extracting(SearchPageController.Facet::label)
			.containsExactly(Arrays.stream(SubKind.values()).map(SubKind::label).toArray(String[]::new));
		assertThat(sections).filteredOn((facet) -> facet.label().equals("办事指南")).singleElement().satisfies((guide) -> {
			assertThat(guide.count()).isEqualTo(6);
			assertThat(guide.url()).isEqualTo("/search?q=%E5%91%8A%E7%9F%A5&category=GOVERNMENT_AFFAIRS&subKind=GUIDE");
			assertThat(guide.selected()).isFalse();
		});
		assertThat(SearchPageController.sections(SearchForm.of("告知", "PERSONNEL", null, null, null, null),
				new SearchAnswer(0, List.of(), Map.of(), Map.of())))
			.as("a column without sections offers none")
			.isEmpty();
	}

}
