package cn.jianwu.portal.publication;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.console.StubbedConsole;
import cn.jianwu.portal.sitemap.SitemapSchema;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public record on the site against disclosure-service's public API as
 * {@link StubPublicRecord} plays it: sections, the home page's guides, an item's history
 * and what changed, a withdrawn item's 410 page, the feeds, the sitemaps and robots.txt.
 * Shares the stubbed console's Spring context.
 */
class PublicRecordIT extends StubbedConsole {

	private static final String BASE = "http://localhost:8080";

	@Test
	void theGuidesSectionListsLongTermGuidesFirstAndFiltersByDepartment() {
		HttpResponse<String> response = page("/categories/government-affairs/guide");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		Document page = PageChecks.assertAccessible(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("办事指南");
		assertThat(page.select(".item-list li").get(0).text()).contains("审查起诉阶段权利义务告知", "长期公开");
		assertThat(page.select("nav.departments a").eachText()).containsExactly("全部部门", "第一检察部");
		assertThat(PUBLIC_RECORD.queries).anySatisfy((query) -> assertThat(query)
			.contains("category=GOVERNMENT_AFFAIRS", "subKind=GUIDE", "page=0", "size=15"));

		String filtered = page.select("nav.departments a").get(1).attr("href");
		assertThat(page(filtered).statusCode()).isEqualTo(200);
		assertThat(PUBLIC_RECORD.queries.get(PUBLIC_RECORD.queries.size() - 2)).contains("department=第一检察部");

		for (String missing : new String[] { "/categories/case-info/guide", "/categories/government-affairs/nothing",
				"/categories/government-affairs/guide?page=2" }) {
			HttpResponse<String> notFound = page(missing);
			assertThat(notFound.statusCode()).as(missing).isEqualTo(404);
			assertThat(PageChecks.assertAccessible(notFound.body()).selectFirst("h1").text()).isEqualTo("页面不存在");
		}
	}

	@Test
	void theHomePageShowsTheLongTermInstitutionProfileAndGuides() {
		Document home = PageChecks.assertAccessible(page("/").body());
		assertThat(home.selectFirst("#guides-heading").text()).isEqualTo("机构概况 · 办事指南");
		assertThat(home.select(".guides .item-list a").eachText()).containsExactly("审查起诉阶段权利义务告知");
		assertThat(home.select(".guides .more a").eachAttr("href"))
			.containsExactly("/categories/government-affairs/institution", "/categories/government-affairs/guide");
		assertThat(home.selectFirst("link[rel=alternate]").attr("href")).isEqualTo("/feed.atom");
		assertThat(PUBLIC_RECORD.queries).anySatisfy(
				(query) -> assertThat(query).contains("subKind=INSTITUTION", "subKind=GUIDE", "term=LONG_TERM"));
	}

	@Test
	void aRevisedItemLinksWhatChangedBetweenItsRevisions() {
		Document item = PageChecks.assertAccessible(page("/items/" + StubPublicRecord.REVISED).body());
		assertThat(item.select(".revisions tbody tr")).extracting((row) -> row.text())
			.containsExactly("第1版 2026年10月9日 首次发布", "第2版 2026年11月20日 " + StubPublicRecord.REVISION_NOTE + " 查看修改内容");
		String changes = item.selectFirst(".revisions a").attr("href");
		assertThat(changes).isEqualTo("/items/" + StubPublicRecord.REVISED + "/changes?from=1&to=2");

		HttpResponse<String> response = page(changes);
		assertThat(response.statusCode()).isEqualTo(200);
		Document diff = PageChecks.assertAccessible(response.body());
		assertThat(diff.select(".diff-body del").eachText()).containsExactly("工作日上午。");
		assertThat(diff.select(".diff-body ins").eachText()).containsExactly("工作日全天。", "可提前电话预约。");

		for (String invalid : new String[] { "?from=2&to=1", "?from=1&to=3", "?from=0&to=1", "?from=a&to=2", "" }) {
			assertThat(page("/items/" + StubPublicRecord.REVISED + "/changes" + invalid).statusCode()).as(invalid)
				.isEqualTo(404);
		}
	}

	@Test
	void aWithdrawnItemAnswersGoneWithTheNoticeAndNeverItsText() {
		for (String path : new String[] { "/items/" + StubPublicRecord.WITHDRAWN,
				"/items/" + StubPublicRecord.WITHDRAWN + "/changes?from=1&to=2" }) {
			HttpResponse<String> response = page(path);
			assertThat(response.statusCode()).as(path).isEqualTo(410);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=60");
			Document page = PageChecks.assertAccessible(response.body());
			assertThat(page.selectFirst("h1").text()).isEqualTo("该信息已撤回");
			assertThat(page.select(".withdrawal dd").eachText()).containsExactly("某某案起诉书", "2026年10月9日", "2026年12月1日",
					StubPublicRecord.WITHDRAWAL_REASON);
			assertThat(page.select(".back-links a").eachAttr("href")).contains("/categories/case-info");
			assertThat(page.select(".item-body, .diff-body")).isEmpty();
		}
		assertThat(page("/items/9a000000-0000-4000-8000-0000000000ff").statusCode()).isEqualTo(404);
	}

	@Test
	void feedsAnnounceRevisionsAndWithdrawalsAsEntries() throws Exception {
		HttpResponse<String> response = page("/feed.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
		List<SyndEntry> entries = feed.getEntries();
		assertThat(entries).extracting(SyndEntry::getTitle)
			.containsExactly("【撤回】某某案起诉书", "【修订】控告申诉办事指南（修订）", "控告申诉办事指南");
		assertThat(entries).extracting(SyndEntry::getLink)
			.containsExactly(BASE + "/items/" + StubPublicRecord.WITHDRAWN, BASE + "/items/" + StubPublicRecord.REVISED,
					BASE + "/items/" + StubPublicRecord.REVISED);
		assertThat(entries.get(0).getDescription().getValue()).isEqualTo("撤回理由：" + StubPublicRecord.WITHDRAWAL_REASON);
		assertThat(entries.get(0).getUri())
			.isEqualTo("tag:localhost,2026:items/" + StubPublicRecord.WITHDRAWN + "/withdrawn");
		assertThat(PUBLIC_RECORD.queries).contains("/api/public/changes?limit=50");

		HttpResponse<String> section = page("/categories/government-affairs/guide/feed.atom");
		assertThat(section.statusCode()).isEqualTo(200);
		assertThat(new SyndFeedInput().build(new StringReader(section.body())).getUri())
			.isEqualTo("tag:localhost,2026:categories/government-affairs/guide");
		assertThat(PUBLIC_RECORD.queries)
			.contains("/api/public/changes?category=GOVERNMENT_AFFAIRS&subKind=GUIDE&limit=50");
		assertThat(page("/categories/case-info/feed.atom").statusCode()).isEqualTo(200);
		assertThat(page("/categories/case-info/guide/feed.atom").statusCode()).isEqualTo(404);
	}

	@Test
	void theSitemapListsEveryPageAndSplitsIntoAnIndexPastTheLimit() {
		HttpResponse<String> response = page("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		List<String> urls = SitemapSchema.assertValid(response.body());
		assertThat(response.body()).contains("<urlset");
		assertThat(urls).startsWith(BASE + "/", BASE + "/categories/case-info")
			.contains(BASE + "/categories/government-affairs/guide")
			.hasSize(13 + 3);
		assertThat(urls.get(13)).startsWith(BASE + "/items/");

		PUBLIC_RECORD.sitemapTotal = 60_000;
		try {
			HttpResponse<String> index = page("/sitemap.xml");
			assertThat(index.body()).contains("<sitemapindex");
			assertThat(SitemapSchema.assertValid(index.body())).containsExactly(BASE + "/sitemaps/1.xml",
					BASE + "/sitemaps/2.xml");
			List<String> second = SitemapSchema.assertValid(page("/sitemaps/2.xml").body());
			assertThat(second).as("items only, from the second page")
				.hasSize(3)
				.allMatch((url) -> url.startsWith(BASE + "/items/"));
			assertThat(SitemapSchema.assertValid(page("/sitemaps/1.xml").body())).startsWith(BASE + "/");
			assertThat(page("/sitemaps/3.xml").statusCode()).isEqualTo(404);
			assertThat(page("/sitemaps/99999999999.xml").statusCode()).isEqualTo(404);
		}
		finally {
			PUBLIC_RECORD.sitemapTotal = 3;
		}

		HttpResponse<String> robots = page("/robots.txt");
		assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(robots.body()).contains("Disallow: /console\n", "Disallow: /kiosk\n",
				"Sitemap: " + BASE + "/sitemap.xml");
	}

}
