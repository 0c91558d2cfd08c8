package cn.jianwu.channel.weibo.posting;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jianwu.channel.support.TransientChannelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The calls of the Weibo open API the adapter makes, form-encoded over HTTPS as the API
 * expects. A call that does not reach Weibo or gets no answer in time is a
 * {@link TransientChannelException}; an answer with an error is a
 * {@link WeiboApiException} for {@link WeiboErrors} to judge.
 */
@Component
class WeiboApi {

	static final String SHARE = "/2/statuses/share.json";

	static final String DESTROY = "/2/statuses/destroy/biz.json";

	static final String TIMELINE = "/2/statuses/user_timeline.json";

	/** Weibo answers at most 100 statuses a page. */
	static final int TIMELINE_PAGE = 100;

	private static final Logger log = LoggerFactory.getLogger(WeiboApi.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WeiboProperties properties;

	private final HttpClient http;

	WeiboApi(WeiboProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/**
	 * Posts a status that links to a page on the app's safe domain.
	 * @return the new post's id ({@code idstr})
	 */
	String share(String status) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("access_token", this.properties.accessToken());
		form.put("status", status);
		if (!this.properties.rip().isEmpty()) {
			form.put("rip", this.properties.rip());
		}
		JsonNode posted = call(SHARE, form);
		String id = posted.path("idstr").asString("");
		if (id.isEmpty()) {
			id = posted.path("id").asString("");
		}
		if (id.isEmpty()) {
			throw new WeiboApiException(SHARE, 200, null);
		}
		return id;
	}

	/** Deletes one of the account's own posts (commercial API). */
	void destroy(String id) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("access_token", this.properties.accessToken());
		form.put("id", id);
		call(DESTROY, form);
	}

	/**
	 * The account's own latest statuses, newest first: what an unanswered post is looked
	 * up in.
	 */
	List<PostedStatus> latestStatuses(int count) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("access_token", this.properties.accessToken());
		query.put("count", Integer.toString(Math.min(count, TIMELINE_PAGE)));
		HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint(TIMELINE) + "?" + encode(query)))
			.timeout(this.properties.readTimeout())
			.header("Accept", "application/json")
			.GET()
			.build();
		List<PostedStatus> statuses = new ArrayList<>();
		for (JsonNode status : send(TIMELINE, request).path("statuses")) {
			String id = status.path("idstr").asString(status.path("id").asString(""));
			if (!id.isEmpty()) {
				statuses.add(new PostedStatus(id, status.path("text").asString("")));
			}
		}
		return statuses;
	}

	private JsonNode call(String path, Map<String, String> form) {
		return send(path,
				HttpRequest.newBuilder(endpoint(path))
					.timeout(this.properties.readTimeout())
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
					.build());
	}

	private JsonNode send(String path, HttpRequest request) {
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			log.warn("Weibo {} not reached: {}", path, ex.getClass().getSimpleName());
			throw new TransientChannelException("无法连接微博接口", ex);
		}
		catch (IOException ex) {
			// sent, perhaps acted on, but not answered in time
			log.warn("Weibo {} did not answer: {}", path, ex.getClass().getSimpleName());
			throw TransientChannelException.unanswered("微博接口未在时限内答复", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw TransientChannelException.unanswered("调用微博接口时被中断", ex);
		}
		JsonNode body = parse(response.body());
		Integer errorCode = errorCode(body);
		if (errorCode != null || response.statusCode() / 100 != 2 || body == null) {
			log.warn("Weibo {} answered HTTP {} error_code {}", path, response.statusCode(), errorCode);
			throw new WeiboApiException(path, response.statusCode(), errorCode);
		}
		return body;
	}

	private URI endpoint(String path) {
		String base = this.properties.apiBaseUrl().toString();
		return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static JsonNode parse(byte[] body) {
		try {
			JsonNode node = JSON.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	// Weibo sends the code as a number, in older answers as a string
	private static Integer errorCode(JsonNode body) {
		if (body == null || !body.hasNonNull("error_code")) {
			return null;
		}
		String code = body.get("error_code").asString("").strip();
		try {
			return Integer.valueOf(code);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
