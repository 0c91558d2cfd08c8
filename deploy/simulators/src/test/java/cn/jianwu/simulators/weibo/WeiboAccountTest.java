package cn.jianwu.simulators.weibo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The simulated Weibo account remembers what was posted, as Weibo does: the local run's
 * mappings ({@code deploy/local/simulators/weibo}) served with the extension, the way the
 * launcher starts them.
 */
class WeiboAccountTest {

	private static final Path ROOT = Path.of("..", "local", "simulators", "weibo");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String TOKEN = "local-access-token";

	private static WireMockServer weibo;

	@BeforeAll
	static void start() {
		assertThat(ROOT.resolve("mappings")).as("simulator mappings").isDirectory();
		weibo = new WireMockServer(options().dynamicPort()
			.bindAddress("127.0.0.1")
			.usingFilesUnderDirectory(ROOT.toString())
			.globalTemplating(true)
			.extensions(new WeiboAccount()));
		weibo.start();
	}

	@AfterAll
	static void stop() {
		weibo.stop();
	}

	@BeforeEach
	void emptyAccount() {
		weibo.resetAll();
	}

	@Test
	void postsAreKeptInTheTimelineNewestFirst() throws Exception {
		Map<String, Object> first = Json.read(share("第一条 http://localhost:8080/items/1").body(), Map.class);
		share("第二条 http://localhost:8080/items/2");
		Map<String, Object> third = Json.read(share("第三条 http://localhost:8080/items/3").body(), Map.class);

		Map<String, Object> page = timeline("&count=2");
		assertThat(page).containsEntry("total_number", 3)
			.containsEntry("previous_cursor", 0)
			.containsEntry("next_cursor", 0);
		assertThat(texts(page)).containsExactly("第三条 http://localhost:8080/items/3",
				"第二条 http://localhost:8080/items/2");
		assertThat(statuses(page).get(0)).isEqualTo(third);
		assertThat(third.get("idstr")).asString().matches("49[0-9]{14}");
		assertThat(third.get("created_at")).asString()
			.matches("[A-Z][a-z]{2} [A-Z][a-z]{2} [0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} \\+0800 20[0-9]{2}");
		assertThat(third.get("user")).isInstanceOfSatisfying(Map.class,
				(user) -> assertThat(user).containsEntry("screen_name", "模拟区人民检察院"));

		Map<String, Object> second = timeline("&count=2&page=2");
		assertThat(statuses(second)).containsExactly(first);
		assertThat(statuses(timeline("&count=2&page=3"))).isEmpty();
	}

	@Test
	void theTimelineAnswersTwentyByDefaultAndAHundredAtMost() throws Exception {
		for (int i = 1; i <= 105; i++) {
			assertThat(share("第" + i + "条 http://localhost:8080/items/" + i).statusCode()).isEqualTo(200);
		}

		assertThat(statuses(timeline(""))).hasSize(20);
		assertThat(texts(timeline(""))).first().isEqualTo("第105条 http://localhost:8080/items/105");
		assertThat(statuses(timeline("&count=500"))).hasSize(100);
		assertThat(timeline("&count=500")).containsEntry("total_number", 105);
	}

	@Test
	void theSameTextAsTheNewestStatusIsRefusedAndNothingIsPosted() throws Exception {
		String status = "关于举办检察开放日的公告 http://localhost:8080/items/7";
		assertThat(share(status).statusCode()).isEqualTo(200);

		HttpResponse<String> repeated = share(status);

		assertThat(repeated.statusCode()).isEqualTo(400);
		assertThat(Json.read(repeated.body(), Map.class)).isEqualTo(
				Map.of("error", "repeated weibo text!", "error_code", 20019, "request", "/2/statuses/share.json"));
		assertThat(texts(timeline(""))).containsExactly(status);

		// only the newest status counts: the same text after another one is posted
		share("另一条 http://localhost:8080/items/8");
		assertThat(share(status).statusCode()).isEqualTo(200);
		assertThat(timeline("")).containsEntry("total_number", 3);
	}

	@Test
	void aDeletedStatusLeavesTheTimelineAndCannotBeDeletedTwice() throws Exception {
		String kept = "保留的一条 http://localhost:8080/items/1";
		share(kept);
		Map<String, Object> posted = Json.read(share("要删除的一条 http://localhost:8080/items/2").body(), Map.class);
		String id = (String) posted.get("idstr");

		HttpResponse<String> deleted = form("/2/statuses/destroy/biz.json", "access_token=" + TOKEN + "&id=" + id);

		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(Json.read(deleted.body(), Map.class)).isEqualTo(posted);
		assertThat(texts(timeline(""))).containsExactly(kept);

		HttpResponse<String> again = form("/2/statuses/destroy/biz.json", "access_token=" + TOKEN + "&id=" + id);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(Json.read(again.body(), Map.class)).isEqualTo(Map.of("error", "target weibo does not exist!",
				"error_code", 20101, "request", "/2/statuses/destroy/biz.json"));
	}

	@Test
	void aShareThatAnswersTooLateIsPostedAllTheSame() throws Exception {
		// the README's recipe for a post that lands while the client gives up waiting
		StubMapping late = weibo.stubFor(post(urlPathEqualTo("/2/statuses/share.json")).atPriority(1)
			.withFormParam("status", containing("迟到"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json;charset=UTF-8")
				.withBodyFile("status.json")
				.withFixedDelay(2000)
				.withTransformers("response-template", WeiboAccount.NAME)));
		String status = "迟到的一条 http://localhost:8080/items/9";

		HttpRequest impatient = formRequest("/2/statuses/share.json", shareForm(status)).timeout(Duration.ofMillis(300))
			.build();
		assertThatThrownBy(() -> HTTP.send(impatient, HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(HttpTimeoutException.class);

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(texts(timeline(""))).contains(status));
		weibo.removeStub(late);
		HttpResponse<String> again = share(status);
		assertThat(again.statusCode()).as("posting it again").isEqualTo(400);
		assertThat(Json.read(again.body(), Map.class)).containsEntry("error_code", 20019);
	}

	@Test
	void aResetEmptiesTheAccount() throws Exception {
		share("一条 http://localhost:8080/items/1");

		weibo.resetAll();

		assertThat(timeline("")).containsEntry("total_number", 0);
	}

	@Test
	void theFilesErrorsStillAnswer() throws Exception {
		HttpResponse<String> noToken = get("/2/statuses/user_timeline.json?count=5");
		assertThat(noToken.statusCode()).isEqualTo(400);
		assertThat(Json.read(noToken.body(), Map.class)).containsEntry("error_code", 21301)
			.containsEntry("request", "/2/statuses/user_timeline.json");
		assertThat(get("/2/statuses/user_timeline.json?access_token=").statusCode()).isEqualTo(400);
		assertThat(
				Json.read(form("/2/statuses/share.json", "access_token=" + TOKEN + "&rip=127.0.0.1").body(), Map.class))
			.containsEntry("error_code", 10016);
		assertThat(Json.read(share("没有链接").body(), Map.class)).containsEntry("error_code", 10017);
		assertThat(Json.read(form("/2/statuses/share.json", "status=x").body(), Map.class)).containsEntry("error_code",
				21301);
		assertThat(get("/2/statuses/home_timeline.json?access_token=" + TOKEN).statusCode()).isEqualTo(404);
		assertThat(timeline("")).containsEntry("total_number", 0);
	}

	private static HttpResponse<String> share(String status) throws IOException, InterruptedException {
		return form("/2/statuses/share.json", shareForm(status));
	}

	private static String shareForm(String status) {
		return "access_token=" + TOKEN + "&status=" + URLEncoder.encode(status, StandardCharsets.UTF_8)
				+ "&rip=203.0.113.7";
	}

	private static Map<String, Object> timeline(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = get("/2/statuses/user_timeline.json?access_token=" + TOKEN + query);
		assertThat(response.statusCode()).isEqualTo(200);
		return Json.read(response.body(), Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> statuses(Map<String, Object> timeline) {
		return (List<Map<String, Object>>) timeline.get("statuses");
	}

	private static List<Object> texts(Map<String, Object> timeline) {
		return statuses(timeline).stream().map((status) -> status.get("text")).toList();
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(weibo.baseUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> form(String path, String form) throws IOException, InterruptedException {
		return HTTP.send(formRequest(path, form).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder formRequest(String path, String form) {
		return HttpRequest.newBuilder(URI.create(weibo.baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

}
