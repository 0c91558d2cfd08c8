package cn.jianwu.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's pages with every service it reads down (their addresses are ports nobody
 * listens on): what a reader gets then, and everything of the pages that needs no data —
 * structure and accessibility, the display mode, caching, the case-query form's checks,
 * the kiosk. The pages with data are driven in a real browser against the real services
 * by system-tests' {@code PortalBrowserIT}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalPagesIT {

	private static final String UNUSED_PORT = unusedPort();

	@DynamicPropertySource
	static void servicesDown(DynamicPropertyRegistry registry) {
		String down = "http://127.0.0.1:" + UNUSED_PORT;
		registry.add("jianwu.portal.disclosure-url", () -> down);
		registry.add("jianwu.portal.search-url", () -> down);
		registry.add("jianwu.portal.case-query-url", () -> down);
		registry.add("jianwu.portal.hall-url", () -> down);
		registry.add("jianwu.institution.name", () -> "测试区人民检察院");
	}

	@LocalServerPort
	int port;

	private PortalHttp http() {
		return new PortalHttp(this.port);
	}

	@Test
	void homePageStillAnswersWithSearchAndCaseQueryWhenItemsCannotBeRead() {
		HttpResponse<String> home = http().get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Language")).hasValue("zh-CN");
		assertThat(home.headers().firstValue("Cache-Control")).as("a page with gaps is not kept").hasValue("no-store");
		Document page = PageChecks.assertAccessible(home.body());
		assertThat(page.select("nav[aria-label=主导航] a").eachText()).containsExactly("首页", "案件信息", "检察政务", "检察队伍",
				"其他公开", "站内检索", "案件查询", "网上服务大厅");
		assertThat(page.select("main h2").eachText()).contains("最新公开", "便民服务", "机构概况 · 办事指南", "案件信息", "检察政务", "检察队伍",
				"其他公开");
		assertThat(page.selectFirst("[role=status]").text()).contains("暂时无法加载");
		assertThat(page.selectFirst("form[role=search]").attr("action")).isEqualTo("/search");
		assertThat(page.selectFirst("form[role=search] input[name=q]").id()).isEqualTo("q");
		assertThat(page.selectFirst("[data-suggest-url]").attr("data-suggest-url")).isEqualTo("/api/search/suggest");
		assertThat(page.select("main a[href=/case-query]")).isNotEmpty();
		assertThat(page.select("main a[href=/hall]").text()).contains("网上检察服务大厅");
		assertThat(page.selectFirst("h1").text()).isEqualTo("测试区人民检察院检务公开");
		assertThat(page.select("script[src]").attr("src")).matches("/js/site-[0-9a-f]{32}\\.js");
		assertThat(home.body()).doesNotContain("Exception", "127.0.0.1");
	}

	@Test
	void pagesThatNeedAServiceThatIsDownExplainItInChineseWithoutStackTrace() {
		for (String path : new String[] { "/categories/case-info", "/categories/other?page=2",
				"/categories/government-affairs/guide", "/items/3f2c1d9e-1111-4222-8333-444455556666",
				"/items/3f2c1d9e-1111-4222-8333-444455556666/changes?from=1&to=2", "/feed.atom", "/sitemap.xml",
				"/search?q=%E4%B8%8D%E8%B5%B7%E8%AF%89", "/hall/messages", "/hall/statistics", "/hall/calls" }) {
			HttpResponse<String> response = http().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(503);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			assertThat(response.headers().firstValue("Retry-After")).as(path).isPresent();
			Document page = PageChecks.assertAccessible(response.body());
			assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
			assertThat(page.selectFirst("[role=alert]").text()).contains("请稍后刷新重试");
			assertThat(page.select(".request-id").text()).matches("请求编号：[0-9a-f-]{36}");
			assertThat(response.body()).doesNotContain("Exception", "at cn.jianwu", "127.0.0.1", "I/O error");
		}
	}

	@Test
	void unknownColumnsItemsAndPagesAreFriendlyNotFoundPages() {
		for (String path : new String[] { "/categories/no-such-column", "/categories/case-info/guide",
				"/categories/no-such-column/feed.atom", "/items/not-an-id", "/items/not-an-id/changes?from=1&to=2",
				"/categories/case-info?page=0", "/categories/case-info?page=x" }) {
			HttpResponse<String> response = http().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Document page = PageChecks.assertAccessible(response.body());
			assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
			assertThat(page.select("main a[href=/]")).isNotEmpty();
		}
	}

	@Test
	void searchPageWithoutQueryIsTheFormAndIsCachedWithAnEtag() {
		HttpResponse<String> first = http().get("/search");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(first.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Cookie"));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		Document page = PageChecks.assertAccessible(first.body());
		assertThat(page.select("select[name=category] option").eachText()).containsExactly("全部类别", "检察案件信息", "检察政务信息",
				"检察队伍信息", "其他公开信息");
		assertThat(page.select("input[type=date]").eachAttr("name")).containsExactly("from", "to");
		assertThat(page.select("fieldset legend").text()).isEqualTo("筛选条件");

		HttpResponse<String> again = http().get("/search", "If-None-Match", etag);
		assertThat(again.statusCode()).as("unchanged page revalidated").isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void largeFontModeIsSwitchedWithoutJavaScriptByACookieAndKeptOnEveryPage() {
		HttpResponse<String> standard = http().get("/search?q=%E5%85%AC%E5%BC%80&category=OTHER");
		Element toggle = PageChecks.parse(standard.body()).selectFirst("[data-display-toggle]");
		assertThat(toggle.attr("aria-pressed")).isEqualTo("false");
		assertThat(toggle.attr("href")).isEqualTo("/search?q=%E5%85%AC%E5%BC%80&category=OTHER&display=large");

		HttpResponse<String> switched = http().get(toggle.attr("href"));
		assertThat(switched.statusCode()).isEqualTo(303);
		assertThat(switched.headers().firstValue("Location")).hasValue("/search?q=%E5%85%AC%E5%BC%80&category=OTHER");
		String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("jianwu_display=large;").contains("Path=/", "Max-Age=31536000", "SameSite=Lax");
		assertThat(switched.headers().firstValue("Cache-Control")).hasValue("no-store");

		for (String path : new String[] { "/", "/search", "/case-query", "/categories/case-info" }) {
			Document large = PageChecks.parse(http().get(path, "Cookie", "jianwu_display=large").body());
			assertThat(large.selectFirst("html").hasClass("large-mode")).as(path).isTrue();
			assertThat(large.selectFirst("[data-display-toggle]").attr("aria-pressed")).isEqualTo("true");
			assertThat(large.selectFirst("[data-display-toggle]").attr("href")).endsWith("display=standard");
		}
		HttpResponse<String> back = http().get("/?display=standard", "Cookie", "jianwu_display=large");
		assertThat(back.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("jianwu_display=standard;"));
		assertThat(PageChecks.parse(http().get("/", "Cookie", "jianwu_display=standard").body())
			.selectFirst("html")
			.hasClass("large-mode")).isFalse();
	}

	@Test
	void theDisplaySwitchNeverSendsTheReaderToAnotherSite() {
		HttpResponse<String> response = http().get("//evil.example/?display=large");
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("/").doesNotStartWith("//").doesNotContain("://"));
	}

	@Test
	void caseQueryFormIsLabelledAndChecksWhatWasTypedBeforeAskingTheService() {
		HttpResponse<String> form = http().get("/case-query");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document page = PageChecks.assertAccessible(form.body());
		assertThat(page.selectFirst("form.query-form").attr("method")).isEqualTo("post");
		assertThat(page.selectFirst("label[for=queryCode]").text()).isEqualTo("查询码");
		assertThat(page.selectFirst("label[for=idLast4]").text()).isEqualTo("身份证号码后四位");
		assertThat(page.selectFirst("#queryCode").attr("aria-describedby")).isEqualTo("queryCode-hint");

		HttpResponse<String> wrong = http().postForm("/case-query", Map.of("queryCode", "12345", "idLast4", "12a4"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		Document invalid = PageChecks.assertAccessible(wrong.body());
		assertThat(invalid.selectFirst("[role=alert]").text()).contains("查询码应为12位数字", "身份证号码后四位应为4位数字");
		assertThat(invalid.selectFirst("#queryCode").attr("aria-invalid")).isEqualTo("true");
		assertThat(invalid.selectFirst("#queryCode").attr("aria-describedby")).contains("queryCode-error");
		assertThat(invalid.selectFirst("#queryCode").attr("value")).as("what was typed is not shown again").isEmpty();
	}

	@Test
	void caseQueryWithTheServiceDownSaysSoAndNeverShowsTheCode() {
		HttpResponse<String> response = http().postForm("/case-query",
				Map.of("queryCode", "4821 0937 5516", "idLast4", "302x"));
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document page = PageChecks.assertAccessible(response.body());
		assertThat(page.selectFirst("[role=alert]").text()).contains("案件查询服务暂时不可用");
		assertThat(response.body()).doesNotContain("482109375516", "4821 0937 5516", "302X", "302x");
	}

	@Test
	void formsPostedFromAnotherSiteAreRefused() {
		Map<String, String> query = Map.of("queryCode", "482109375516", "idLast4", "3021");
		for (String path : new String[] { "/case-query", "/kiosk/query", "/hall/messages", "/hall/messages/lookup",
				"/kiosk/messages" }) {
			HttpResponse<String> response = http().postForm(path, query, "Sec-Fetch-Site", "cross-site");
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(PageChecks.assertAccessible(response.body()).selectFirst("[role=alert]").text())
				.isEqualTo("请从本网站的页面提交查询。");
			assertThat(http().postForm(path, query, "Sec-Fetch-Site", "same-origin").statusCode()).as(path)
				.isEqualTo(503);
		}
	}

	@Test
	void kioskIsATouchKeypadPageThatPostsToTheServerAndIsNeverStored() {
		HttpResponse<String> home = http().get("/kiosk");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(PageChecks.assertAccessible(home.body()).select("nav.kiosk-menu a").eachAttr("href"))
			.containsExactly("/kiosk/query", "/kiosk/latest", "/kiosk/guides", "/kiosk/check-in",
					"/kiosk/messages/new");

		HttpResponse<String> response = http().get("/kiosk/query");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document page = PageChecks.assertAccessible(response.body());
		Element form = page.selectFirst("form#kiosk-form");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/kiosk/query");
		assertThat(page.select(".keypad button[data-key]").eachAttr("data-key")).containsExactlyInAnyOrder("0", "1",
				"2", "3", "4", "5", "6", "7", "8", "9", "X");
		assertThat(page.select(".keypad button[data-action=back]")).hasSize(1);
		assertThat(page.select("[data-action=next], [data-action=submit], [data-action=clear]")).hasSize(3);
		assertThat(page.select("input.kiosk-input").eachAttr("inputmode")).as("no on-screen system keyboard")
			.containsOnly("none");
		assertThat(page.selectFirst("#queryCode").attr("maxlength")).isEqualTo("12");
		assertThat(page.selectFirst("#idLast4").attr("maxlength")).isEqualTo("4");
		assertThat(page.selectFirst("body").attr("data-idle-seconds")).isEqualTo("60");
		assertThat(page.selectFirst("html").classNames()).contains("kiosk", "no-js");
		assertThat(page.select("script[src]").attr("src")).matches("/js/kiosk-[0-9a-f]{32}\\.js");
		assertThat(page.select("[aria-live=polite]")).hasSize(1);
	}

	@Test
	void kioskAnswersInLargeTypeWithAWayBackWhenItCannotQuery() {
		HttpResponse<String> wrong = http().postForm("/kiosk/query", Map.of("queryCode", "123", "idLast4", "1234"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(PageChecks.parse(wrong.body()).selectFirst(".kiosk-message").text()).contains("查询码应为12位数字");

		HttpResponse<String> down = http().postForm("/kiosk/query",
				Map.of("queryCode", "482109375516", "idLast4", "3021"));
		assertThat(down.statusCode()).isEqualTo(503);
		Document page = PageChecks.assertAccessible(down.body());
		assertThat(page.selectFirst(".kiosk-message").text()).contains("案件查询服务暂时不可用");
		assertThat(page.selectFirst("a[data-kiosk-home]").attr("href")).isEqualTo("/kiosk");
		assertThat(page.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("60;url=/kiosk");
		assertThat(page.select("form#kiosk-form")).as("nothing typed stays on screen").isEmpty();
		assertThat(down.body()).doesNotContain("482109375516");
	}

	@Test
	void kioskReadingSaysOnAKioskPageWhenItemsCannotBeReadAndNeverLeadsOutOfTheKiosk() {
		for (String path : new String[] { "/kiosk/latest?page=2",
				"/kiosk/guides?department=%E5%8A%9E%E5%85%AC%E5%AE%A4",
				"/kiosk/items/3f2c1d9e-1111-4222-8333-444455556666" }) {
			HttpResponse<String> response = http().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(503);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			Document page = PageChecks.assertAccessible(response.body());
			assertThat(page.selectFirst("html").classNames()).as(path).contains("kiosk");
			assertThat(page.selectFirst("[role=alert]").text()).as(path).contains("暂时无法显示");
			assertThat(page.select("a[href]").eachAttr("href")).as(path).allMatch((href) -> href.startsWith("/kiosk"));
		}
		HttpResponse<String> unknown = http().get("/kiosk/items/not-an-item");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(PageChecks.assertAccessible(unknown.body()).selectFirst("a[data-kiosk-home]").attr("href"))
			.isEqualTo("/kiosk");
	}

	@Test
	void staticFilesAreServedForAYearUnderVersionedNames() {
		Document home = PageChecks.parse(http().get("/search").body());
		for (String path : new String[] { home.select("link[rel=stylesheet]").attr("href"),
				home.select("script[src]").attr("src"), home.select("img").attr("src") }) {
			HttpResponse<String> file = http().get(path);
			assertThat(file.statusCode()).as(path).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000", "public"));
		}
		assertThat(http().get("/js/kiosk.js").body()).contains("CODE_LENGTH = 12");
	}

	private static String unusedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return Integer.toString(socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
