package cn.jianwu.portal.hall;

import java.io.IOException;
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

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.LookupFailure;
import cn.jianwu.portal.PageChecks;
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
 * The online service hall's public pages and the kiosk's 我要留言 against hall-service as the
 * gateway routes it, played by {@link StubHallService}: what a writer sees from the hub
 * to the receipt and the lookup, what the public reads of the answers and the figures,
 * the open calls. Submitted text stays text everywhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HallPagesIT {

	static final StubHallService HALL = new StubHallService("unused");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("jianwu.portal.hall-url", HALL::url);
		String down = "http://127.0.0.1:9";
		registry.add("jianwu.portal.disclosure-url", () -> down);
		registry.add("jianwu.portal.search-url", () -> down);
		registry.add("jianwu.portal.case-query-url", () -> down);
		registry.add("jianwu.console.bulletin-url", () -> down);
	}

	@AfterAll
	static void stop() {
		HALL.close();
	}

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void theHubIsInTheSitesNavigationAndLeadsToEveryService() {
		Document hub = PageChecks.assertAccessible(get("/hall").body());
		assertThat(hub.selectFirst("h1").text()).isEqualTo("网上检察服务大厅");
		assertThat(hub.select("nav[aria-label=主导航] a[aria-current=page]").text()).isEqualTo("网上服务大厅");
		assertThat(hub.select(".hall-services .service-title").eachText()).containsExactly("我要留言", "留言查询", "留言公开",
				"办理统计", "意见征集", "预约服务", "检察活动");
		assertThat(hub.select(".hall-services a").eachAttr("href")).containsExactly("/hall/messages/new",
				"/hall/messages/lookup", "/hall/messages", "/hall/statistics", "/hall/calls", "/hall/appointments",
				"/hall/activities");
	}

	@Test
	void aWriterSendsAMessageAndSeesBothCodesOnceWithTheDatesTheInstitutionWrites() {
		HttpResponse<String> empty = get("/hall/messages/new");
		assertThat(empty.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document form = PageChecks.assertAccessible(empty.body());
		assertThat(form.select("#kind option").eachText()).containsExactly("请选择", MessageKind.CONSULTATION.label(),
				MessageKind.SUGGESTION.label(), MessageKind.COMPLAINT.label(), MessageKind.REPORT.label());
		assertThat(form.selectFirst("#subject").attr("maxlength")).isEqualTo("100");
		assertThat(form.selectFirst("#body").attr("maxlength")).isEqualTo("5000");
		assertThat(form.selectFirst("#subject-hint").text()).contains("不超过100个字");
		assertThat(form.selectFirst("#body-hint").text()).contains("不超过5000个字");
		assertThat(form.selectFirst("label[for=publicOk]").text()).isEqualTo("同意在本院网站公开我的留言和答复（隐去个人信息）");
		assertThat(form.selectFirst("form#message-form").attr("action")).isEqualTo("/hall/messages");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "CONSULTATION");
		fields.put("subject", StubHallService.HOSTILE);
		fields.put("body", "");
		fields.put("phone", "13800138000");
		HttpResponse<String> refused = post("/hall/messages", fields);
		assertThat(refused.statusCode()).isEqualTo(400);
		Document again = PageChecks.assertAccessible(refused.body());
		assertThat(again.select("#message-errors a[href=#body]").text()).isEqualTo("请填写留言内容");
		assertThat(again.selectFirst("#body-error").text()).isEqualTo("请填写留言内容");
		assertThat(again.selectFirst("#body").attr("aria-invalid")).isEqualTo("true");
		assertThat(again.selectFirst("#subject").val()).as("what was typed is kept, as text")
			.isEqualTo(StubHallService.HOSTILE);
		assertThat(again.selectFirst("#phone").val()).isEqualTo("13800138000");
		assertThat(again.selectFirst("#kind option[selected]").text()).isEqualTo("咨询");
		assertThat(again.select("script:not([src])")).isEmpty();

		fields.put("body", "我想咨询退休金的办理。\n\n第二段。");
		fields.put("publicOk", "true");
		HttpResponse<String> sent = post("/hall/messages", fields, "X-Forwarded-For", "203.0.113.9");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.headers().firstValue("Cache-Control")).as("the codes are never kept").hasValue("no-store");
		Document receipt = PageChecks.assertAccessible(sent.body());
		assertThat(receipt.selectFirst("h1").text()).isEqualTo("留言已提交");
		assertThat(receipt.selectFirst("#tracking-code").text()).isEqualTo(StubHallService.TRACKING_CODE);
		assertThat(receipt.selectFirst("#check-code").text()).isEqualTo(StubHallService.CHECK_CODE);
		assertThat(receipt.selectFirst(".codes-warning").text()).contains("只显示这一次");
		assertThat(receipt.selectFirst("#acknowledge-by").text()).isEqualTo("2026年10月16日");
		assertThat(receipt.selectFirst("#answer-by").text()).isEqualTo("2026年12月30日");
		assertThat(receipt.selectFirst("#received-at").text()).isEqualTo("2026年9月30日 10:00");
		String submission = HALL.lastBody("POST /api/hall/messages");
		assertThat(submission).contains("\"channel\":\"WEB\"", "\"publicOk\":true", "\"phone\":\"13800138000\"")
			.contains("\"name\":null");
		assertThat(HALL.forwardedFor.get(HALL.requests.lastIndexOf("POST /api/hall/messages")))
			.as("the writer's address reaches the service's throttle")
			.startsWith("203.0.113.9, ");
	}

	@Test
	void feedbackOnAnItemCarriesTheItemAndAResponseToACallCarriesTheCall() {
		Document feedback = PageChecks
			.assertAccessible(get("/hall/messages/new?kind=ITEM_FEEDBACK&itemId=" + StubHallService.ITEM_ID).body());
		assertThat(feedback.selectFirst("#kind-fixed").text()).isEqualTo(MessageKind.ITEM_FEEDBACK.label());
		assertThat(feedback.selectFirst("input[name=itemId]").val()).isEqualTo(StubHallService.ITEM_ID.toString());
		assertThat(feedback.selectFirst("input[name=kind]").val()).isEqualTo("ITEM_FEEDBACK");
		assertThat(feedback.select("main a[href=/items/" + StubHallService.ITEM_ID + "]")).hasSize(1);

		Document forged = PageChecks
			.assertAccessible(get("/hall/messages/new?kind=ITEM_FEEDBACK&itemId=%22%3E%3Cscript%3E").body());
		assertThat(forged.select("input[name=itemId]")).as("an id that is not one is dropped").isEmpty();
		assertThat(forged.select("#kind option").eachText()).doesNotContain(MessageKind.ITEM_FEEDBACK.label());

		Document call = PageChecks.assertAccessible(get("/hall/calls/" + StubHallService.OPEN_CALL).body());
		assertThat(call.selectFirst("h1").text()).isEqualTo("关于改进检察服务的意见征集");
		assertThat(call.select("#call-questions li").eachText()).containsExactly("您对检察服务中心有何建议？", "您希望公开哪些信息？");
		assertThat(call.select(".item-body p").eachText()).containsExactly("征集说明第一段。", "征集说明第二段<i>。");
		assertThat(call.selectFirst("#call-response input[name=callId]").val())
			.isEqualTo(StubHallService.OPEN_CALL.toString());
		assertThat(call.selectFirst("#call-response input[name=kind]").val()).isEqualTo("CALL_RESPONSE");
		assertThat(call.selectFirst("#subject").val()).isEqualTo("对“关于改进检察服务的意见征集”的意见");

		Map<String, String> response = new LinkedHashMap<>();
		response.put("kind", "CALL_RESPONSE");
		response.put("callId", StubHallService.OPEN_CALL.toString());
		response.put("subject", "建议");
		response.put("body", "延长接待时间。");
		assertThat(post("/hall/messages", response).statusCode()).isEqualTo(200);
		assertThat(HALL.lastBody("POST /api/hall/messages")).contains("\"kind\":\"CALL_RESPONSE\"",
				"\"callId\":\"" + StubHallService.OPEN_CALL + "\"", "\"publicOk\":false");
	}

	@Test
	void theLookupShowsTheStatusAndTheAnswerAsParagraphsOrTheOneFailureText() {
		Document form = PageChecks.assertAccessible(get("/hall/messages/lookup").body());
		assertThat(form.select("#lookup-form input").eachAttr("name")).containsExactly("trackingCode", "checkCode");

		HttpResponse<String> wrong = post("/hall/messages/lookup",
				Map.of("trackingCode", "4821 0937 5516", "checkCode", "999999"));
		assertThat(wrong.statusCode()).isEqualTo(404);
		Document failed = PageChecks.assertAccessible(wrong.body());
		assertThat(failed.selectFirst("#lookup-failure").text()).isEqualTo(LookupFailure.detail(5, 30));
		assertThat(wrong.body()).as("the codes typed are not shown again").doesNotContain("482109375516", "999999");
		assertThat(HALL.lastBody("POST /api/hall/messages/lookup")).contains("\"trackingCode\":\"482109375516\"");

		HttpResponse<String> right = post("/hall/messages/lookup",
				Map.of("trackingCode", StubHallService.TRACKING_CODE, "checkCode", StubHallService.CHECK_CODE));
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document found = PageChecks.assertAccessible(right.body());
		assertThat(found.selectFirst("#lookup-status").text()).isEqualTo("已答复");
		assertThat(found.selectFirst("#lookup-department").text()).isEqualTo("第一检察部");
		assertThat(found.selectFirst("#lookup-subject").text()).isEqualTo(StubHallService.HOSTILE);
		assertThat(found.select("#lookup-answer p").eachText()).containsExactly("第一段答复。", "第二段<b>答复</b>。");
		assertThat(found.select("#lookup-answer b")).isEmpty();
		assertThat(found.select("#lookup-acknowledgement p").eachText()).containsExactly("您的留言已收到，正在办理。");
		assertThat(found.select("script:not([src])")).isEmpty();
	}

	@Test
	void thePublicReadsTheAnswersByKindPageByPageAndTheYearsFigures() {
		HttpResponse<String> list = get("/hall/messages?kind=CONSULTATION&page=2");
		assertThat(list.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(list.headers().firstValue("ETag")).as("a reader's browser revalidates").isPresent();
		Document page = PageChecks.assertAccessible(list.body());
		assertThat(page.selectFirst("#filter-kind option[selected]").text()).isEqualTo("咨询");
		assertThat(page.select(".public-message h2").eachText()).containsExactly(StubHallService.HOSTILE);
		assertThat(page.select(".public-message .question p").eachText()).containsExactly("张某询问退休金。", "第二段问题。");
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.selectFirst(".list-summary").text()).isEqualTo("共 16 条，第 2 / 2 页");
		assertThat(page.selectFirst("nav.pagination a[rel=prev]").attr("href"))
			.isEqualTo("/hall/messages?kind=CONSULTATION");
		assertThat(HALL.requests).contains("GET /api/public/messages");

		Document statistics = PageChecks.assertAccessible(get("/hall/statistics?year=2026").body());
		assertThat(statistics.selectFirst("h1").text()).isEqualTo("2026年留言办理统计");
		assertThat(statistics.select("#statistics-total th").eachText()).containsExactly("收到", "已办结", "按期办结",
				"平均办理工作日");
		assertThat(statistics.select("#statistics-total tbody td").eachText()).containsExactly("12", "10", "9", "6.3");
		assertThat(statistics.select("#statistics-by-kind tbody th").eachText()).containsExactly("咨询", "意见建议", "控告申诉",
				"举报", "对公开信息的意见", "征集意见回复");
		assertThat(statistics.select("#statistics-by-month tbody tr")).hasSize(12);
		assertThat(statistics.select("#statistics-by-month tbody tr").get(8).text()).isEqualTo("9月 12 10 9 6.3");
		assertThat(get("/hall/statistics?year=1999").statusCode()).isEqualTo(404);
	}

	@Test
	void openCallsClosedCallsAndResultsAreListedAndResultsShownOnTheCall() {
		Document calls = PageChecks.assertAccessible(get("/hall/calls").body());
		assertThat(calls.select("#calls-open a").eachAttr("href"))
			.containsExactly("/hall/calls/" + StubHallService.OPEN_CALL);
		assertThat(calls.select("#calls-results a").eachAttr("href"))
			.containsExactly("/hall/calls/" + StubHallService.RESULTS_CALL);
		assertThat(calls.select("#calls-closed .empty")).hasSize(1);

		Document results = PageChecks.assertAccessible(get("/hall/calls/" + StubHallService.RESULTS_CALL).body());
		assertThat(results.select("#call-response")).as("no response form once closed").isEmpty();
		assertThat(results.selectFirst("#call-results").text()).contains("共收到意见 7 条", "共收到意见7条。", "采纳了延长接待时间的建议。");
		assertThat(get("/hall/calls/7a000000-0000-4000-8000-000000000009").statusCode()).isEqualTo(404);
	}

	@Test
	void theKioskOffersAMessageFormThatIsSentAsKioskAndAnswersWithTheCodes() {
		Document kiosk = PageChecks.parse(get("/kiosk").body());
		assertThat(kiosk.selectFirst("#kiosk-hall").attr("href")).isEqualTo("/kiosk/messages/new");

		HttpResponse<String> empty = get("/kiosk/messages/new");
		assertThat(empty.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document form = PageChecks.assertAccessible(empty.body());
		assertThat(form.selectFirst("html").classNames()).contains("kiosk");
		assertThat(form.selectFirst("form#message-form").attr("action")).isEqualTo("/kiosk/messages");
		assertThat(form.selectFirst("body").attr("data-idle-seconds")).isEqualTo("60");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "SUGGESTION");
		fields.put("subject", "建议增加停车位");
		fields.put("body", "停车难。");
		Document receipt = PageChecks.assertAccessible(post("/kiosk/messages", fields).body());
		assertThat(receipt.selectFirst("#tracking-code").text()).isEqualTo(StubHallService.TRACKING_CODE);
		assertThat(receipt.selectFirst("#check-code").text()).isEqualTo(StubHallService.CHECK_CODE);
		assertThat(receipt.selectFirst("a[data-kiosk-home]").attr("href")).isEqualTo("/kiosk");
		assertThat(HALL.lastBody("POST /api/hall/messages")).contains("\"channel\":\"KIOSK\"",
				"\"kind\":\"SUGGESTION\"");
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.GET()
			.build());
	}

	private HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
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

}
