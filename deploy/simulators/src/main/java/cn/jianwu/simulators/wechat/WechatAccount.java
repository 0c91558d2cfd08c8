package cn.jianwu.simulators.wechat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.simulators.JsonAnswers;
import cn.jianwu.simulators.wechat.OfficialAccount.NewsItem;
import cn.jianwu.simulators.wechat.OfficialAccount.PublishJob;
import cn.jianwu.simulators.wechat.OfficialAccount.PublishedArticle;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The memory of the simulated WeChat official account (mapping files under
 * {@code deploy/local/simulators/wechat} name it as their transformer {@value #NAME}):
 * {@code draft/add} keeps a draft, {@code freepublish/submit} publishes it at once and
 * uses it up, {@code freepublish/get} tells the job's result,
 * {@code freepublish/batchget} lists what is published and {@code freepublish/delete}
 * takes it off. It works on the response WireMock rendered from the mapping (which makes
 * the ids), and leaves an error answer alone. The account lives as long as the server, or
 * until {@code POST /__admin/reset}.
 */
public class WechatAccount implements ResponseTransformerV2, StubLifecycleListener {

	/** The transformer's name in the mapping files. */
	public static final String NAME = "wechat-account";

	static final String DRAFT_ADD = "/cgi-bin/draft/add";

	static final String SUBMIT = "/cgi-bin/freepublish/submit";

	static final String GET = "/cgi-bin/freepublish/get";

	static final String BATCHGET = "/cgi-bin/freepublish/batchget";

	static final String DELETE = "/cgi-bin/freepublish/delete";

	static final int INVALID_MEDIA_ID = 40007;

	static final int INVALID_ARGS = 40097;

	static final int INVALID_ID = 53600;

	static final int MAX_BATCH = 20;

	private final OfficialAccount account = new OfficialAccount();

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		Optional<Map<String, Object>> rendered = JsonAnswers.object(response.getBody());
		if (response.getStatus() / 100 != 2 || rendered.map((body) -> errcode(body) != 0).orElse(false)) {
			return response;
		}
		Request request = serveEvent.getRequest();
		Map<String, Object> body = JsonAnswers.object(request.getBody()).orElseGet(Map::of);
		Map<String, Object> answer = rendered.orElseGet(LinkedHashMap::new);
		return switch (JsonAnswers.path(request)) {
			case DRAFT_ADD -> draftAdded(response, answer, body);
			case SUBMIT -> submit(response, answer, body);
			case GET -> status(response, body);
			case BATCHGET -> published(response, body);
			case DELETE -> delete(response, body);
			default -> response;
		};
	}

	@Override
	public void afterStubsReset() {
		this.account.clear();
	}

	private Response draftAdded(Response response, Map<String, Object> answer, Map<String, Object> request) {
		String mediaId = JsonAnswers.text(answer.get("media_id"));
		if (mediaId != null && request.get("articles") instanceof List<?> articles) {
			this.account.draftAdded(mediaId, objects(articles));
		}
		return response;
	}

	private Response submit(Response response, Map<String, Object> answer, Map<String, Object> request) {
		String mediaId = JsonAnswers.text(request.get("media_id"));
		Optional<PublishJob> job = (mediaId != null)
				? this.account.publish(mediaId, JsonAnswers.text(answer.get("publish_id")), now()) : Optional.empty();
		if (job.isEmpty()) {
			return error(response, INVALID_MEDIA_ID, "invalid media_id");
		}
		answer.put("publish_id", job.get().publishId());
		return JsonAnswers.answer(response, 200, answer);
	}

	private Response status(Response response, Map<String, Object> request) {
		String publishId = JsonAnswers.text(request.get("publish_id"));
		Optional<PublishJob> found = (publishId != null) ? this.account.job(publishId) : Optional.empty();
		if (found.isEmpty()) {
			return error(response, INVALID_ID, "invalid publish_id");
		}
		PublishJob job = found.get();
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < job.articleUrls().size(); i++) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("idx", i + 1);
			item.put("article_url", job.articleUrls().get(i));
			items.add(item);
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("count", items.size());
		detail.put("item", items);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("publish_id", job.publishId());
		answer.put("publish_status", 0);
		answer.put("article_id", job.articleId());
		answer.put("article_detail", detail);
		answer.put("fail_idx", List.of());
		return JsonAnswers.answer(response, 200, answer);
	}

	private Response published(Response response, Map<String, Object> request) {
		int offset = whole(request.get("offset"), 0);
		int count = whole(request.get("count"), -1);
		if (offset < 0 || count < 1 || count > MAX_BATCH) {
			return error(response, INVALID_ARGS, "invalid args");
		}
		boolean withContent = whole(request.get("no_content"), 0) == 0;
		OfficialAccount.Page page = this.account.published(offset, count);
		List<Map<String, Object>> items = new ArrayList<>();
		for (PublishedArticle article : page.articles()) {
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("news_item", article.items().stream().map((item) -> newsItem(item, withContent)).toList());
			content.put("create_time", article.createTime());
			content.put("update_time", article.updateTime());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("article_id", article.articleId());
			item.put("content", content);
			item.put("update_time", article.updateTime());
			items.add(item);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("total_count", page.total());
		answer.put("item_count", items.size());
		answer.put("item", items);
		return JsonAnswers.answer(response, 200, answer);
	}

	private Response delete(Response response, Map<String, Object> request) {
		String articleId = JsonAnswers.text(request.get("article_id"));
		if (articleId != null) {
			this.account.delete(articleId, whole(request.get("index"), 0), now());
		}
		return response;
	}

	private static Map<String, Object> newsItem(NewsItem item, boolean withContent) {
		Map<String, Object> draft = item.draft();
		Map<String, Object> news = new LinkedHashMap<>();
		news.put("title", draft.getOrDefault("title", ""));
		news.put("author", draft.getOrDefault("author", ""));
		news.put("digest", draft.getOrDefault("digest", ""));
		if (withContent) {
			news.put("content", draft.getOrDefault("content", ""));
		}
		news.put("content_source_url", draft.getOrDefault("content_source_url", ""));
		news.put("thumb_media_id", draft.getOrDefault("thumb_media_id", ""));
		news.put("need_open_comment", draft.getOrDefault("need_open_comment", 0));
		news.put("only_fans_can_comment", draft.getOrDefault("only_fans_can_comment", 0));
		news.put("url", item.url());
		news.put("is_deleted", item.deleted());
		return news;
	}

	/** WeChat's error answer: HTTP 200 with {@code errcode} and {@code errmsg}. */
	private static Response error(Response response, int code, String message) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("errcode", code);
		answer.put("errmsg", message + " rid: sim-" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
		return JsonAnswers.answer(response, 200, answer);
	}

	private static int errcode(Map<String, Object> body) {
		return whole(body.get("errcode"), 0);
	}

	/** A whole number from JSON ({@code 20} or {@code "20"}), or the default. */
	private static int whole(Object value, int defaultValue) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value instanceof String text) {
			try {
				return Integer.parseInt(text.trim());
			}
			catch (NumberFormatException ex) {
				return defaultValue;
			}
		}
		return defaultValue;
	}

	private static List<Map<String, Object>> objects(List<?> values) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object value : values) {
			if (value instanceof Map<?, ?> map) {
				Map<String, Object> object = new LinkedHashMap<>();
				map.forEach((key, item) -> object.put(String.valueOf(key), item));
				objects.add(object);
			}
		}
		return objects;
	}

	private static long now() {
		return Instant.now().getEpochSecond();
	}

}
