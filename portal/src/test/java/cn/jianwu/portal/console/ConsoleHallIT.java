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

import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.hall.StubHallService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's 网上服务大厅 over HTTP: sign-in through disclosure-service's stub, the hall's
 * staff API played by {@link StubHallService} (through {@link StubbedConsole}, whose
 * context it shares). What a clerk sees on the start page, in the inbox and on a
 * message's page, that only the steps hall-service allows get a form, and what each form
 * sends.
 */
class ConsoleHallIT extends StubbedConsole {

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void theStartPageAndTheInboxShowWhatIsWaitingAndWhatIsLate() {
		signIn();
		Document home = Jsoup.parse(get("/console").body());
		assertThat(home.select("nav[aria-label=控制台导航] a").eachText()).contains("网上服务大厅");
		assertThat(home.selectFirst("#hall-to-triage").text()).isEqualTo("待分办 3");
		assertThat(home.selectFirst("#hall-due-soon").text()).isEqualTo("即将到期 2");
		assertThat(home.selectFirst("#hall-overdue").text()).isEqualTo("已超期 1");
		assertThat(home.selectFirst("#hall-overdue").hasClass("alarm")).isTrue();

		Document inbox = Jsoup
			.parse(get("/console/hall?due=OVERDUE&department=%E5%85%AC%E8%AF%89%E9%83%A8&status=NO_SUCH").body());
		assertThat(inbox.select("#filter-due option[selected]").text()).isEqualTo(DueState.OVERDUE.label());
		assertThat(inbox.select("#filter-department option[selected]").text()).isEqualTo("公诉部");
		assertThat(inbox.select("#filter-status option[selected]")).as("an unknown status narrows nothing").isEmpty();
		assertThat(inbox.select("#filter-status option").eachText()).contains(MessageStatus.RECEIVED.label(),
				MessageStatus.PENDING_APPROVAL.label());
		assertThat(inbox.select("table.hall-messages tbody tr.due-overdue td:nth-of-type(1)").eachText())
			.containsExactly("2026-00041");
		assertThat(inbox.select("table.hall-messages tbody tr.due-due_soon .due").eachText()).containsExactly("即将到期");
		assertThat(inbox.select("table.hall-messages a").eachText()).contains(StubHallService.HOSTILE);
		assertThat(inbox.select("table.hall-messages script")).isEmpty();
	}

	@Test
	void aMessageWaitingForTriageOffersOnlyTheOfficesStepsAndShowsTheWriterToItsHandlers() {
		signIn();
		Document page = PageChecks
			.assertAccessible(get("/console/hall/messages/" + StubHallService.TRIAGE_MESSAGE).body());
		assertThat(page.selectFirst("h1").text()).isEqualTo(StubHallService.HOSTILE);
		assertThat(page.select("#message-body p").eachText()).containsExactly("我想咨询<script>alert(2)</script>退休金。",
				"电话见下。");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.selectFirst("#writer-name").text()).isEqualTo("王建国");
		assertThat(page.selectFirst("#writer-phone").text()).isEqualTo("13800138000");
		assertThat(page.select("#hall-steps form").eachAttr("id")).containsExactly("assign-form", "merge-form",
				"refer-form");
		assertThat(page.select("#assign-department option").eachText()).containsExactly("办公室", "控告申诉检察部", "公诉部");
		assertThat(page.select("#merge-into option").eachAttr("value")).containsExactly("",
				StubHallService.FEEDBACK_MESSAGE.toString());
		assertThat(page.select("#message-history li").text()).contains("接收");

		Map<String, String> assign = new LinkedHashMap<>();
		assign.put("_csrf", page.selectFirst("#assign-form input[name=_csrf]").val());
		assign.put("department", "控告申诉检察部");
		HttpResponse<String> assigned = post("/console/hall/messages/" + StubHallService.TRIAGE_MESSAGE + "/assign",
				assign);
		assertThat(assigned.statusCode()).isEqualTo(302);
		assertThat(HALL.lastBody("POST /api/hall/staff/messages/" + StubHallService.TRIAGE_MESSAGE + "/assign"))
			.isEqualTo("{\"department\":\"控告申诉检察部\"}");
		Document after = Jsoup.parse(get(assigned.headers().firstValue("Location").orElseThrow()).body());
		assertThat(after.selectFirst(".notice.ok").text()).isEqualTo("已分办至控告申诉检察部。");
	}

	@Test
	void feedbackOnAnItemLeadsToTheItemsRevisionAndItsAnswerCarriesTheRevision() {
		signIn();
		String path = "/console/hall/messages/" + StubHallService.FEEDBACK_MESSAGE;
		Document page = PageChecks.assertAccessible(get(path).body());
		assertThat(page.selectFirst("#feedback-item").attr("href"))
			.isEqualTo("/console/items/" + StubHallService.ITEM_ID);
		assertThat(page.selectFirst("#revise-item").text()).isEqualTo("根据反馈修订");
		assertThat(page.selectFirst("#revise-item").attr("href"))
			.isEqualTo("/console/items/" + StubHallService.ITEM_ID + "/edit");
		assertThat(page.select("#hall-steps form").eachAttr("id")).containsExactly("acknowledge-form", "answer-form",
				"submit-form");
		assertThat(page.select("#assign-form, #review-form, #approve-button")).isEmpty();
		assertThat(page.selectFirst("#answer-text").text()).as("the draft, to go on with").isEqualTo("草稿：已核实并修订。");
		assertThat(page.select("#writer")).as("no writer details the service did not give").isEmpty();

		Map<String, String> empty = new LinkedHashMap<>();
		empty.put("_csrf", page.selectFirst("#acknowledge-form input[name=_csrf]").val());
		empty.put("text", "");
		HttpResponse<String> refused = post(path + "/acknowledge", empty);
		Document again = Jsoup.parse(get(refused.headers().firstValue("Location").orElseThrow()).body());
		assertThat(again.selectFirst(".notice.error").text()).isEqualTo("请填写内容。");

		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("_csrf", page.selectFirst("#answer-form input[name=_csrf]").val());
		answer.put("text", "已核实，公告日期已更正。\n\n感谢您的意见。");
		answer.put("revision", "2");
		post(path + "/answer", answer);
		assertThat(HALL.lastBody("POST /api/hall/staff/messages/" + StubHallService.FEEDBACK_MESSAGE + "/answer"))
			.isEqualTo("{\"text\":\"已核实，公告日期已更正。\\n\\n感谢您的意见。\",\"revision\":2}");
	}

	@Test
	void staffOpenACallAndPublishTheResultsOfAClosedOne() {
		signIn();
		Document calls = PageChecks.assertAccessible(get("/console/hall/calls").body());
		assertThat(calls.select("#calls tbody tr")).hasSize(2);
		assertThat(calls.select("#calls tbody tr").get(1).text()).contains("已结束");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", calls.selectFirst("#call-form input[name=_csrf]").val());
		fields.put("title", "");
		fields.put("body", "说明");
		fields.put("opensAt", "2026-12-01T09:00");
		fields.put("closesAt", "2026-12-31T17:00");
		fields.put("questions", "问题一\n\n问题二\n");
		Document refused = Jsoup.parse(post("/console/hall/calls", fields).body());
		assertThat(refused.select(".error-summary li").eachText()).containsExactly("请填写征集标题");
		assertThat(refused.selectFirst("#call-body").text()).isEqualTo("说明");

		fields.put("title", "关于改进检察服务的意见征集");
		HttpResponse<String> opened = post("/console/hall/calls", fields);
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(HALL.lastBody("POST /api/hall/staff/calls")).contains("\"opensAt\":\"2026-12-01T01:00:00Z\"",
				"\"closesAt\":\"2026-12-31T09:00:00Z\"", "\"questions\":[\"问题一\",\"问题二\"]");

		Document closed = PageChecks.assertAccessible(get("/console/hall/calls/" + StubHallService.CLOSED_CALL).body());
		assertThat(closed.selectFirst("#call-responses").text()).isEqualTo("2 条");
		assertThat(closed.select("table.hall-messages tbody a").eachText()).containsExactly("对公告日期的意见");
		Map<String, String> results = new LinkedHashMap<>();
		results.put("_csrf", closed.selectFirst("#results-form input[name=_csrf]").val());
		results.put("summary", "共收到意见2条。");
		results.put("adopted", "均已采纳。");
		assertThat(post("/console/hall/calls/" + StubHallService.CLOSED_CALL + "/results", results).statusCode())
			.isEqualTo(302);
		assertThat(HALL.lastBody("POST /api/hall/staff/calls/" + StubHallService.CLOSED_CALL + "/results"))
			.isEqualTo("{\"summary\":\"共收到意见2条。\",\"adopted\":\"均已采纳。\"}");
		Document open = Jsoup.parse(get("/console/hall/calls/" + StubHallService.OPEN_CALL).body());
		assertThat(open.select("#results-form")).as("results only after closing").isEmpty();
	}

	private void signIn() {
		String csrf = Jsoup.parse(get("/console/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> signedIn = post("/console/login",
				Map.of("username", "clerk1", "password", "demo-clerk1", "_csrf", csrf));
		assertThat(signedIn.statusCode()).isEqualTo(302);
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

}
