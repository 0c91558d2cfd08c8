package cn.jianwu.simulators.wechat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated official account remembers drafts and published articles, as WeChat does:
 * the local run's mappings ({@code deploy/local/simulators/wechat}) served with the
 * extension, the way the launcher starts them.
 */
class WechatAccountTest {

	private static final Path ROOT = Path.of("..", "local", "simulators", "wechat");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static WireMockServer wechat;

	@BeforeAll
	static void start() {
		assertThat(ROOT.resolve("mappings")).as("simulator mappings").isDirectory();
		wechat = new WireMockServer(options().dynamicPort()
			.bindAddress("127.0.0.1")
			.usingFilesUnderDirectory(ROOT.toString())
			.globalTemplating(true)
			.extensions(new WechatAccount()));
		wechat.start();
	}

	@AfterAll
	static void stop() {
		wechat.stop();
	}

	@BeforeEach
	void emptyAccount() {
		wechat.resetAll();
	}

	@Test
	void aDraftIsPublishedAtOnceListedAndDeleted() throws Exception {
		long before = Instant.now().getEpochSecond();
		String draft = draft("""
				{"title":"检察开放日公告","author":"办公室","digest":"摘要","content":"<p>正文</p>",
				 "content_source_url":"http://localhost:8080/items/1","thumb_media_id":"SIM-MEDIA-1",
				 "need_open_comment":1,"only_fans_can_comment":0}""");
		assertThat(draft).startsWith("SIM-DRAFT-");

		Map<String, Object> submitted = call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + draft + "\"}");
		assertThat(submitted).containsEntry("errcode", 0).containsEntry("errmsg", "ok");
		String publishId = (String) submitted.get("publish_id");
		assertThat(publishId).matches("[0-9]{9}");

		Map<String, Object> status = call("/cgi-bin/freepublish/get", "{\"publish_id\":\"" + publishId + "\"}");
		assertThat(status).containsEntry("publish_id", publishId)
			.containsEntry("publish_status", 0)
			.containsEntry("article_id", "SIM-ARTICLE-" + publishId)
			.containsEntry("fail_idx", List.of())
			.containsEntry("article_detail", Map.of("count", 1, "item",
					List.of(Map.of("idx", 1, "article_url", "https://mp.weixin.qq.com/s/sim-" + publishId))));

		Map<String, Object> published = call("/cgi-bin/freepublish/batchget",
				"{\"offset\":0,\"count\":20,\"no_content\":0}");
		assertThat(published).containsEntry("total_count", 1).containsEntry("item_count", 1);
		Map<String, Object> article = items(published).get(0);
		assertThat(article).containsEntry("article_id", "SIM-ARTICLE-" + publishId);
		Map<String, Object> content = object(article.get("content"));
		assertThat(((Number) content.get("create_time")).longValue()).isBetween(before, Instant.now().getEpochSecond());
		assertThat(content.get("update_time")).isEqualTo(content.get("create_time"))
			.isEqualTo(article.get("update_time"));
		assertThat(newsItems(article)).containsExactly(Map.of("title", "检察开放日公告", "author", "办公室", "digest", "摘要",
				"content", "<p>正文</p>", "content_source_url", "http://localhost:8080/items/1", "thumb_media_id",
				"SIM-MEDIA-1", "need_open_comment", 1, "only_fans_can_comment", 0, "url",
				"https://mp.weixin.qq.com/s/sim-" + publishId, "is_deleted", false));
		assertThat(newsItems(
				items(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":1,\"no_content\":1}")).get(0)))
			.singleElement()
			.satisfies((item) -> assertThat(item).doesNotContainKey("content"));

		assertThat(call("/cgi-bin/freepublish/delete", "{\"article_id\":\"SIM-ARTICLE-" + publishId + "\"}"))
			.isEqualTo(Map.of("errcode", 0, "errmsg", "ok"));
		assertThat(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":20}")).containsEntry("total_count", 0)
			.containsEntry("item_count", 0);
	}

	@Test
	void aPublishedDraftIsUsedUpAndAnUnknownOneIsInvalid() throws Exception {
		String draft = draft("{\"title\":\"标题\",\"content\":\"<p>正文</p>\",\"thumb_media_id\":\"SIM-MEDIA-1\"}");
		assertThat(call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + draft + "\"}")).containsEntry("errcode", 0);

		assertThat(call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + draft + "\"}"))
			.containsEntry("errcode", 40007)
			.hasEntrySatisfying("errmsg", (message) -> assertThat(message).asString().startsWith("invalid media_id"))
			.doesNotContainKey("publish_id");
		assertThat(call("/cgi-bin/freepublish/submit", "{\"media_id\":\"SIM-DRAFT-NEVER-ADDED\"}"))
			.containsEntry("errcode", 40007);
		assertThat(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":20}")).containsEntry("total_count",
				1);
	}

	@Test
	void anUnknownPublishJobIsAnError() throws Exception {
		assertThat(call("/cgi-bin/freepublish/get", "{\"publish_id\":\"123456789\"}")).containsEntry("errcode", 53600)
			.doesNotContainKey("publish_status");
	}

	@Test
	void publishedArticlesAreListedNewestFirstPageByPage() throws Exception {
		String first = publish(draft("{\"title\":\"第一篇\",\"content\":\"一\",\"thumb_media_id\":\"M\"}"));
		String second = publish(draft("""
				{"title":"第二篇","content":"二","thumb_media_id":"M"},
				{"title":"第二篇之二","content":"二之二","thumb_media_id":"M"}"""));

		assertThat(articleIds(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":20}")))
			.containsExactly("SIM-ARTICLE-" + second, "SIM-ARTICLE-" + first);
		Map<String, Object> secondPage = call("/cgi-bin/freepublish/batchget", "{\"offset\":1,\"count\":1}");
		assertThat(secondPage).containsEntry("total_count", 2).containsEntry("item_count", 1);
		assertThat(articleIds(secondPage)).containsExactly("SIM-ARTICLE-" + first);
		assertThat(call("/cgi-bin/freepublish/get", "{\"publish_id\":\"" + second + "\"}"))
			.extractingByKey("article_detail")
			.isEqualTo(Map.of("count", 2, "item",
					List.of(Map.of("idx", 1, "article_url", "https://mp.weixin.qq.com/s/sim-" + second),
							Map.of("idx", 2, "article_url", "https://mp.weixin.qq.com/s/sim-" + second + "-2"))));

		// deleting one item of an article leaves the other
		call("/cgi-bin/freepublish/delete", "{\"article_id\":\"SIM-ARTICLE-" + second + "\",\"index\":2}");
		Map<String, Object> newest = items(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":1}")).get(0);
		assertThat(newsItems(newest)).extracting((item) -> item.get("is_deleted")).containsExactly(false, true);

		assertThat(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":0}")).containsEntry("errcode", 40097);
		assertThat(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":21}")).containsEntry("errcode",
				40097);
	}

	@Test
	void theFilesAnswersStillHold() throws Exception {
		HttpResponse<String> noToken = send("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":20}");
		assertThat(Json.read(noToken.body(), Map.class)).containsEntry("errcode", 41001);
		assertThat(call("/cgi-bin/draft/add", "{\"articles\":[{\"title\":\"没有正文\"}]}")).containsEntry("errcode", 40007);
		assertThat(call("/cgi-bin/freepublish/submit", "{}")).containsEntry("errcode", 40007);
		assertThat(call("/cgi-bin/freepublish/delete", "{\"article_id\":\"SIM-ARTICLE-UNKNOWN\"}"))
			.isEqualTo(Map.of("errcode", 0, "errmsg", "ok"));
		assertThat(call("/cgi-bin/stable_token",
				"{\"grant_type\":\"client_credential\",\"appid\":\"wx-local\",\"secret\":\"s\"}"))
			.containsEntry("access_token", "SIM-STABLE-TOKEN-wx-local");
	}

	@Test
	void aResetEmptiesTheAccount() throws Exception {
		String kept = draft("{\"title\":\"标题\",\"content\":\"正文\",\"thumb_media_id\":\"M\"}");
		publish(draft("{\"title\":\"标题\",\"content\":\"正文\",\"thumb_media_id\":\"M\"}"));

		wechat.resetAll();

		assertThat(call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":20}")).containsEntry("total_count",
				0);
		assertThat(call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + kept + "\"}")).containsEntry("errcode",
				40007);
	}

	/**
	 * Adds a draft of the articles (JSON objects, comma-separated); answers its media_id.
	 */
	private static String draft(String articles) throws IOException, InterruptedException {
		return (String) call("/cgi-bin/draft/add", "{\"articles\":[" + articles + "]}").get("media_id");
	}

	/** Publishes a draft; answers the publish id. */
	private static String publish(String draft) throws IOException, InterruptedException {
		return (String) call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + draft + "\"}").get("publish_id");
	}

	private static Map<String, Object> call(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = send(path + "?access_token=SIM-STABLE-TOKEN-wx-local", json);
		assertThat(response.statusCode()).isEqualTo(200);
		return Json.read(response.body(), Map.class);
	}

	private static HttpResponse<String> send(String pathAndQuery, String json)
			throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(wechat.baseUrl() + pathAndQuery))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<Map<String, Object>> items(Map<String, Object> batch) {
		return objects(batch.get("item"));
	}

	private static List<Object> articleIds(Map<String, Object> batch) {
		return items(batch).stream().map((item) -> item.get("article_id")).toList();
	}

	private static List<Map<String, Object>> newsItems(Map<String, Object> item) {
		return objects(object(item.get("content")).get("news_item"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> objects(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
