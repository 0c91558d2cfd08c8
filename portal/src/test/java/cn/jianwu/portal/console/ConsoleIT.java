package cn.jianwu.portal.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console over HTTP against disclosure-service's staff API played by a stub:
 * sign-in through the service with a session cookie that only the console gets, CSRF on
 * every form, the compose page's redaction preview and the confirmation it needs before
 * submitting, and the public site left as it was (no session, its caching intact). The
 * whole flow on the real platform is system-tests' {@code ConsolePublishBrowserIT}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsoleIT {

	static final StubDisclosureService DISCLOSURE = start();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("jianwu.portal.disclosure-url", DISCLOSURE::url);
		String down = "http://127.0.0.1:9";
		registry.add("jianwu.portal.search-url", () -> down);
		registry.add("jianwu.portal.case-query-url", () -> down);
		registry.add("jianwu.console.bulletin-url", () -> down);
		registry.add("jianwu.portal.hall-url", () -> down);
	}

	@AfterAll
	static void stop() {
		DISCLOSURE.close();
	}

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void staffSignInThroughDisclosureServiceWithACsrfProtectedSessionOnlyTheConsoleGets() {
		HttpResponse<String> home = get("/console");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JIANWU_CONSOLE=")
				.contains("Path=/console")
				.contains("HttpOnly")
				.contains("SameSite=Strict"));
		assertThat(home.headers().firstValue("Location")).as("relative: the portal is behind the gateway")
			.hasValue("/console/login");

		HttpResponse<String> login = get("/console/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		Document page = Jsoup.parse(login.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("label[for=username]").text()).isEqualTo("用户名");
		String csrf = page.select("input[name=_csrf]").val();
		assertThat(csrf).isNotBlank();

		assertThat(post("/console/login", Map.of("username", "clerk1", "password", "demo-clerk1")).statusCode())
			.as("no CSRF token, no login")
			.isEqualTo(403);
		HttpResponse<String> wrong = post("/console/login",
				Map.of("username", "clerk1", "password", "wrong", "_csrf", csrf));
		assertThat(wrong.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/console/login?error"));
		Document refused = Jsoup.parse(get("/console/login?error").body());
		assertThat(refused.select("[role=alert]").text()).contains("用户名或密码错误");
		assertThat(refused.select("#username").val()).as("what was typed is kept").isEqualTo("clerk1");

		signIn();
		HttpResponse<String> console = get("/console");
		assertThat(console.statusCode()).isEqualTo(200);
		Document start = Jsoup.parse(console.body());
		assertThat(start.select(".console-user .who").text()).contains("张书记员", "公诉部", "书记员");
		assertThat(start.select("nav[aria-label=控制台导航] a").eachText()).contains("我的草稿", "起草公开事项", "统计分析")
			.doesNotContain("待我审批", "显示屏管理", "案件管理");
		assertThat(start.select("table.data a").eachText()).containsExactly("王建国涉嫌盗窃案不起诉决定书");
		assertThat(DISCLOSURE.requests).contains("GET /api/disclosures/mine");

		HttpResponse<String> publicPage = get("/search");
		assertThat(publicPage.headers().allValues("Set-Cookie")).as("the public site sets no session").isEmpty();
		assertThat(publicPage.headers().firstValue("X-Frame-Options")).as("Spring Security leaves public pages alone")
			.isEmpty();
	}

	@Test
	void aThrottledLoginSaysHowLongToWaitAndAdministratorsSeeTheLoginAlerts() {
		String csrf = Jsoup.parse(get("/console/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> throttled = post("/console/login",
				Map.of("username", "hammered", "password", "guess", "_csrf", csrf));
		assertThat(throttled.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/console/login?throttled"));
		assertThat(Jsoup.parse(get("/console/login?throttled").body()).select("[role=alert]").text())
			.isEqualTo("登录失败次数过多，请 7 秒后再试。");
		assertThat(DISCLOSURE.loginsForwardedFor).as("the browser's address goes along, as the service paces by it")
			.last()
			.isEqualTo("127.0.0.1");

		csrf = Jsoup.parse(get("/console/login").body()).select("input[name=_csrf]").val();
		assertThat(post("/console/login", Map.of("username", "admin1", "password", "demo-admin1", "_csrf", csrf))
			.statusCode()).isEqualTo(302);
		Document alerts = Jsoup.parse(get("/console/login-alerts").body());
		assertThat(alerts.select("nav[aria-label=控制台导航] a").eachText()).contains("登录告警");
		assertThat(alerts.select("#login-alerts tbody tr td").eachText()).containsExactly("chief", "2026-12-08 09:00",
				"5 次", "203.0.113.*");
	}

	@Test
	void onlyAdministratorsSeeTheLoginAlerts() {
		signIn();
		assertThat(get("/console/login-alerts").statusCode()).isEqualTo(403);
	}

	@Test
	void theComposePagePreviewsRedactionsAndSubmitsOnlyAConfirmedPreviewOfTheCurrentText() {
		signIn();
		// opened from report-service's task list (去起草): the item meets that obligation
		Document compose = Jsoup.parse(get("/console/items/new?obligation=OB-2026-007").body());
		assertThat(compose.select("#compose-form button[name=action]").eachText()).containsExactly("更新脱敏预览", "保存草稿",
				"提交审核");
		String obligation = compose.select("#compose-form input[name=obligationId]").val();
		assertThat(obligation).isEqualTo("OB-2026-007");
		assertThat(compose.select(".readonly").text()).isEqualTo("公诉部");
		String csrf = compose.select("#compose-form input[name=_csrf]").val();
		String idempotencyKey = compose.select("#compose-form input[name=idempotencyKey]").val();
		assertThat(idempotencyKey).as("made with the page, so that a double submit makes one draft").isNotBlank();

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf);
		fields.put("idempotencyKey", idempotencyKey);
		fields.put("title", "王建国涉嫌盗窃案不起诉决定书");
		fields.put("summary", "本院依法作出不起诉决定。");
		fields.put("bodyText", "被不起诉人王建国，公民身份号码" + StubDisclosureService.ID_NUMBER + "。\n经审查，王建国已退赔。");
		fields.put("personsText", "王建国");
		fields.put("category", "CASE_INFO");
		fields.put("subKind", "LEGAL_DOCUMENT");
		fields.put("term", "AD_HOC");
		fields.put("visibility", "PUBLIC");
		fields.put("important", "true");
		fields.put("obligationId", obligation);
		fields.put("action", "preview");
		Document preview = Jsoup.parse(post("/console/compose", fields).body());
		assertThat(preview.select(".proposals tbody tr td:first-child").eachText()).containsExactly("自然人姓名", "身份证号码");
		assertThat(preview.select(".proposals .replacement mark").eachText()).containsExactly("王某", "×".repeat(18));
		assertThat(preview.select(".proposals tbody tr").get(0).select("button[name=drop]").attr("value"))
			.isEqualTo("王建国");
		assertThat(preview.select(".proposals tbody tr").get(1).text()).as("identifiers cannot be kept")
			.contains("依法必须删除");
		String published = preview.select(".public-text").text();
		assertThat(published).contains("王某").doesNotContain("王建国").doesNotContain(StubDisclosureService.ID_NUMBER);
		String digest = preview.select("input[name=previewDigest]").val();
		assertThat(digest).isNotBlank();

		fields.put("_csrf", preview.select("#compose-form input[name=_csrf]").val());
		fields.put("previewDigest", digest);
		fields.put("action", "submit");
		Document unconfirmed = Jsoup.parse(post("/console/compose", fields).body());
		assertThat(unconfirmed.select(".error-summary").text()).contains("勾选“我已核对脱敏结果”");
		assertThat(DISCLOSURE.requests).doesNotContain("POST /api/disclosures");

		fields.put("redactionConfirmed", "true");
		fields.put("bodyText", fields.get("bodyText") + "\n新增一段。");
		Document changed = Jsoup.parse(post("/console/compose", fields).body());
		assertThat(changed.select(".error-summary").text()).as("a confirmation holds for the previewed text only")
			.contains("预览后有改动");
		assertThat(DISCLOSURE.requests).doesNotContain("POST /api/disclosures");

		fields.put("_csrf", changed.select("#compose-form input[name=_csrf]").val());
		fields.put("previewDigest", changed.select("input[name=previewDigest]").val());
		HttpResponse<String> submitted = post("/console/compose", fields);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		assertThat(submitted.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/console/items/" + StubDisclosureService.ITEM_ID));
		assertThat(DISCLOSURE.requests).contains("POST /api/disclosures",
				"POST /api/disclosures/" + StubDisclosureService.ITEM_ID + "/submit");
		String sent = DISCLOSURE.bodies.get(DISCLOSURE.requests.indexOf("POST /api/disclosures"));
		assertThat(DISCLOSURE.idempotencyKeys.get(DISCLOSURE.requests.indexOf("POST /api/disclosures")))
			.isEqualTo(idempotencyKey);
		assertThat(preview.select("#compose-form input[name=idempotencyKey]").val()).as("kept across the previews")
			.isEqualTo(idempotencyKey);
		assertThat(sent).contains("\"body\":\"<p>被不起诉人王建国")
			.contains("\"persons\":[\"王建国\"]")
			.contains("\"important\":true")
			.contains("\"department\":\"公诉部\"")
			.contains("\"obligationId\":\"OB-2026-007\"");

		Document item = Jsoup.parse(get("/console/items/" + StubDisclosureService.ITEM_ID).body());
		assertThat(item.select(".notice.ok").text()).contains("已提交");
		assertThat(item.select("#item-status").text()).isEqualTo("待科室负责人审核");
		assertThat(item.select("#delivery-board tbody tr")).hasSize(5);
		assertThat(item.select("#delivery-board tbody tr td:nth-of-type(1)").eachText()).containsOnly("尚未发布");
		assertThat(item.select("#public-text").text()).contains("王某").doesNotContain(StubDisclosureService.ID_NUMBER);
		assertThat(item.select("#timeline li").text()).contains("起草");
		assertThat(item.select(".attachments li").text()).contains("扫描件.pdf", "未自动检查");
		assertThat(item.select("form.manual-check")).as("the uploader confirms nothing").isEmpty();
	}

	@Test
	void theClerkListsOrClearsANameNobodyListedAndSeesTheHintsOfAMinor() {
		signIn();
		Document compose = Jsoup.parse(get("/console/items/new").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", compose.select("#compose-form input[name=_csrf]").val());
		fields.put("title", "王某盗窃案起诉书");
		fields.put("bodyText", "证人李秀英证实。\n被害人（15岁）报案。");
		fields.put("category", "CASE_INFO");
		fields.put("term", "AD_HOC");
		fields.put("visibility", "PUBLIC");
		fields.put("action", "preview");

		Document preview = Jsoup.parse(post("/console/compose", fields).body());
		assertThat(preview.select("#unlisted-names tbody tr").eachAttr("data-name")).containsExactly("李秀英");
		assertThat(preview.select("#unlisted-names input[name='clearReason:李秀英']")).hasSize(1);
		assertThat(preview.select("#minor-hints li").text()).contains("年龄不满十八周岁");
		assertThat(preview.select("footer")).as("the whole page was rendered").isNotEmpty();

		Map<String, String> cleared = new LinkedHashMap<>(fields);
		cleared.put("clear", "李秀英");
		cleared.put("clearReason:李秀英", "证人书面同意署名");
		Document afterClear = Jsoup.parse(post("/console/compose", cleared).body());
		assertThat(afterClear.select("#unlisted-names")).isEmpty();
		assertThat(afterClear.select("#clearedNamesText").text()).isEqualTo("李秀英：证人书面同意署名");

		Map<String, String> listed = new LinkedHashMap<>(fields);
		listed.put("anonymise", "李秀英");
		Document afterList = Jsoup.parse(post("/console/compose", listed).body());
		assertThat(afterList.select("#personsText").text()).isEqualTo("李秀英");
		assertThat(afterList.select("#unlisted-names")).isEmpty();

		Map<String, String> noReason = new LinkedHashMap<>(fields);
		noReason.put("clear", "李秀英");
		Document refused = Jsoup.parse(post("/console/compose", noReason).body());
		assertThat(refused.select("#error-summary").text()).contains("请在其后填写理由");
	}

	@Test
	void aRefusalOfTheServiceIsShownNextToTheFieldItIsAbout() {
		signIn();
		Document compose = Jsoup.parse(get("/console/items/new").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", compose.select("#compose-form input[name=_csrf]").val());
		fields.put("title", "");
		fields.put("bodyText", "正文");
		fields.put("category", "OTHER");
		fields.put("term", "AD_HOC");
		fields.put("visibility", "PUBLIC");
		fields.put("action", "save");
		Document refused = Jsoup.parse(post("/console/compose", fields).body());
		assertThat(refused.select(".error-summary li").eachText()).containsExactly("请填写标题");
		assertThat(refused.select("#title").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.select("#title-error").text()).isEqualTo("请填写标题");
	}

	@Test
	void theComposeFormOffersSectionsByCategoryPeriodsAndStagesAndAsksARevisionNoteOfAPublishedItem() {
		signIn();
		Document blank = Jsoup.parse(get("/console/items/new").body());
		assertThat(blank.select("#subKind optgroup").eachAttr("label")).containsExactly(Category.CASE_INFO.label(),
				Category.GOVERNMENT_AFFAIRS.label());
		assertThat(blank.select("#subKind optgroup[data-group-category=GOVERNMENT_AFFAIRS] option").eachText())
			.containsExactlyElementsOf(SubKind.of(Category.GOVERNMENT_AFFAIRS).stream().map(SubKind::label).toList());
		assertThat(blank.select("#period-hint").text()).contains("例如 2026Q4");
		assertThat(blank.select("#caseStages input[type=checkbox]").eachAttr("value"))
			.containsExactlyElementsOf(Stream.of(CaseStage.values()).map(CaseStage::label).toList());
		assertThat(blank.select("#revisionNote")).as("a new item has nothing to revise").isEmpty();

		DISCLOSURE.live = true;
		try {
			Document edit = Jsoup.parse(get("/console/items/" + StubDisclosureService.ITEM_ID + "/edit").body());
			assertThat(edit.select("#revisionNote").hasAttr("required")).as("required of a published item").isTrue();
			assertThat(edit.select("label[for=revisionNote]").text()).contains("修订说明", "必填");
			assertThat(edit.select("#revisionNote-hint").text()).contains("向公众公开");

			Map<String, String> fields = new LinkedHashMap<>();
			edit.select("#compose-form input[type=hidden]")
				.forEach((input) -> fields.put(input.attr("name"), input.val()));
			fields.put("title", StubDisclosureService.TITLE);
			fields.put("bodyText", "被不起诉人王某已退赔。");
			fields.put("category", "GOVERNMENT_AFFAIRS");
			fields.put("subKind", "GUIDE");
			fields.put("caseStages", CaseStage.PROSECUTION_REVIEW.label());
			fields.put("term", "PERIODIC");
			fields.put("period", "2026q4");
			fields.put("visibility", "PUBLIC");
			fields.put("action", "save");
			Document refused = Jsoup.parse(post("/console/compose", fields).body());
			assertThat(refused.select("#revisionNote-error").text()).isEqualTo("修改已公开的事项时请填写修订说明（将向公众公开）。");
			assertThat(refused.select("#revisionNote").attr("aria-invalid")).isEqualTo("true");
			assertThat(refused.select(".error-summary a").attr("href")).isEqualTo("#revisionNote");
			assertThat(refused.select("#caseStages input[checked]").eachAttr("value")).as("what was ticked stays")
				.containsExactly(CaseStage.PROSECUTION_REVIEW.label());

			fields.put("_csrf", refused.select("#compose-form input[name=_csrf]").val());
			fields.put("revisionNote", "核对后更正身份证号码" + StubDisclosureService.ID_NUMBER);
			Document identifier = Jsoup.parse(post("/console/compose", fields).body());
			assertThat(identifier.select("#revisionNote-error").text()).contains("不能含有个人信息");
			assertThat(identifier.select("#bodyText-error")).as("the note, not the text, is refused").isEmpty();

			fields.put("_csrf", identifier.select("#compose-form input[name=_csrf]").val());
			fields.put("revisionNote", "补充了审查起诉阶段的办理期限。");
			HttpResponse<String> saved = post("/console/compose", fields);
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
			String sent = DISCLOSURE.bodies
				.get(DISCLOSURE.requests.lastIndexOf("PUT /api/disclosures/" + StubDisclosureService.ITEM_ID));
			assertThat(sent).contains("\"subKind\":\"GUIDE\"", "\"period\":\"2026Q4\"", "\"caseStages\":[\"审查起诉\"]",
					"\"revisionNote\":\"补充了审查起诉阶段的办理期限。\"");
		}
		finally {
			DISCLOSURE.live = false;
		}
	}

	@Test
	void theWithdrawFormSaysItsReasonIsShownToThePublic() {
		signIn();
		DISCLOSURE.live = true;
		try {
			Document item = Jsoup.parse(get("/console/items/" + StubDisclosureService.ITEM_ID).body());
			assertThat(item.select("#withdraw-form #reason").hasAttr("required")).isTrue();
			assertThat(item.select("#withdraw-form #reason").attr("aria-describedby")).isEqualTo("reason-hint");
			assertThat(item.select("#reason-hint").text()).contains("撤回理由将向公众公布");
		}
		finally {
			DISCLOSURE.live = false;
		}
	}

	@Test
	void theItemListOffersTheContractsStatusesAndShowsTheirLabels() {
		signIn();
		Document items = Jsoup.parse(get("/console/items?status=PENDING_REVIEW&category=NO_SUCH_CATEGORY").body());
		assertThat(items.select("#filter-status option").eachText()).contains("草稿", "待科室负责人审核", "待检察长审批", "已撤回");
		assertThat(items.select("#filter-status option[selected]").text()).isEqualTo("待科室负责人审核");
		assertThat(items.select("select[name=category] option[selected]")).as("an unknown category filters nothing")
			.isEmpty();
		assertThat(items.select("table.data .status").eachText())
			.allSatisfy((label) -> assertThat(label).isIn("草稿", "待科室负责人审核"));
		assertThat(items.select("table.data tbody").text()).contains("检察案件信息");
	}

	@Test
	void signingOutEndsTheSession() {
		signIn();
		Document console = Jsoup.parse(get("/console").body());
		String csrf = console.select(".console-user form input[name=_csrf]").val();
		assertThat(console.select(".console-user form").attr("action")).isEqualTo("/console/logout");
		HttpResponse<String> out = post("/console/logout", Map.of("_csrf", csrf));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/console/login"));
		HttpResponse<String> login = get(
				URI.create(out.headers().firstValue("Location").orElseThrow()).getPath() + "?logout");
		assertThat(login.statusCode()).isIn(200, 302);
		HttpResponse<String> after = get("/console");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/console/login"));
	}

	private void signIn() {
		String csrf = Jsoup.parse(get("/console/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> signedIn = post("/console/login",
				Map.of("username", "clerk1", "password", "demo-clerk1", "_csrf", csrf));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).matches("/console(\\?continue)?"));
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.GET()
			.build());
	}

	private HttpResponse<String> post(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static StubDisclosureService start() {
		try {
			return new StubDisclosureService();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
