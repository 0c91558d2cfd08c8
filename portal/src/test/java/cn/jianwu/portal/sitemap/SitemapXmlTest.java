package cn.jianwu.portal.sitemap;

import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.publication.SitemapPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SitemapXmlTest {

	@Test
	void aUrlsetListsPagesWithTheirLastChangeAndEscapesAddresses() {
		String xml = SitemapXml
			.urlset(List.of(new SitemapXml.Url("https://www.example.gov.cn/", null), new SitemapXml.Url(
					"https://www.example.gov.cn/items/1?a=1&b=2", Instant.parse("2026-11-20T02:00:00.123456Z"))));
		assertThat(SitemapSchema.assertValid(xml)).containsExactly("https://www.example.gov.cn/",
				"https://www.example.gov.cn/items/1?a=1&b=2");
		assertThat(xml).contains("<lastmod>2026-11-20T02:00:00Z</lastmod>", "&amp;b=2")
			.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"" + SitemapXml.NAMESPACE + "\">");
	}

	@Test
	void anIndexListsSitemaps() {
		String xml = SitemapXml.index(List.of(new SitemapXml.Url("https://www.example.gov.cn/sitemaps/1.xml", null),
				new SitemapXml.Url("https://www.example.gov.cn/sitemaps/2.xml", null)));
		assertThat(SitemapSchema.assertValid(xml)).hasSize(2);
		assertThat(xml).contains("<sitemapindex", "<sitemap><loc>https://www.example.gov.cn/sitemaps/2.xml</loc>");
	}

	@Test
	void theSchemaRefusesWhatSearchEnginesWouldRefuse() {
		assertThatThrownBy(
				() -> SitemapSchema.assertValid(SitemapXml.urlset(List.of(new SitemapXml.Url("/items/1", null)))))
			.as("a relative address")
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> SitemapSchema.assertValid(SitemapXml.index(List.of()))).as("an index of nothing")
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void theSitesOwnPagesCountTowardsTheFirstFileSoNoFileExceedsTheLimit() {
		List<String> pages = SitemapController.sitePages();
		assertThat(pages).startsWith("/", "/categories/case-info", "/categories/case-info/important-case")
			.contains("/categories/government-affairs/guide", "/categories/other");
		assertThat(SitemapController.itemsPerFile() + pages.size()).isEqualTo(SitemapPage.MAX_SIZE);
		assertThat(SitemapController.files(0)).isEqualTo(1);
		assertThat(SitemapController.files(SitemapController.itemsPerFile())).isEqualTo(1);
		assertThat(SitemapController.files(SitemapController.itemsPerFile() + 1L)).isEqualTo(2);
		assertThat(SitemapController.files(120_000)).isEqualTo(3);
	}

}
