package cn.jianwu.simulators.weibo;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.simulators.JsonAnswers;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.MultiValue;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The memory of the simulated Weibo account (mapping files under
 * {@code deploy/local/simulators/weibo} name it as their transformer {@value #NAME}):
 * {@code statuses/share} posts to the account's timeline, {@code statuses/user_timeline}
 * reads it, {@code statuses/destroy/biz} deletes from it. It works on the response
 * WireMock rendered from the mapping, so the mapping (and its template,
 * {@code __files/status.json}) says what a status looks like, and this says what the
 * account remembers; a mapping whose answer is not a success is left alone. The timeline
 * lives as long as the server, or until {@code POST /__admin/reset}.
 */
public class WeiboAccount implements ResponseTransformerV2, StubLifecycleListener {

	/** The transformer's name in the mapping files. */
	public static final String NAME = "weibo-account";

	static final String SHARE = "/2/statuses/share.json";

	static final String USER_TIMELINE = "/2/statuses/user_timeline.json";

	static final String DESTROY = "/2/statuses/destroy/biz.json";

	static final int DEFAULT_COUNT = 20;

	static final int MAX_COUNT = 100;

	private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
			Locale.US);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final Timeline timeline = new Timeline();

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
		if (response.getStatus() / 100 != 2) {
			return response;
		}
		Request request = serveEvent.getRequest();
		return switch (JsonAnswers.path(request)) {
			case SHARE -> share(response, request);
			case USER_TIMELINE -> userTimeline(response, request);
			case DESTROY -> destroy(response, request);
			default -> response;
		};
	}

	@Override
	public void afterStubsReset() {
		this.timeline.clear();
	}

	private Response share(Response response, Request request) {
		MultiValue text = request.formParameter("status");
		if (!text.isPresent()) {
			return response;
		}
		Map<String, Object> status = JsonAnswers.object(response.getBody()).orElseGet(LinkedHashMap::new);
		if (!status.containsKey("idstr")) {
			long id = 4_900_000_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000_000_000L);
			status.put("id", id);
			status.put("idstr", Long.toString(id));
			status.put("mid", Long.toString(id));
		}
		status.putIfAbsent("created_at", CREATED_AT.format(ZonedDateTime.now(BEIJING)));
		status.put("text", text.firstValue());
		if (!this.timeline.post(status)) {
			return JsonAnswers.answer(response, 400, error("repeated weibo text!", 20019, request));
		}
		return JsonAnswers.answer(response, 200, status);
	}

	private Response userTimeline(Response response, Request request) {
		int count = Math.min(number(request.queryParameter("count"), DEFAULT_COUNT), MAX_COUNT);
		int page = number(request.queryParameter("page"), 1);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("statuses", this.timeline.page(count, page));
		answer.put("total_number", this.timeline.size());
		answer.put("previous_cursor", 0);
		answer.put("next_cursor", 0);
		return JsonAnswers.answer(response, 200, answer);
	}

	private Response destroy(Response response, Request request) {
		MultiValue id = request.formParameter("id");
		Optional<Map<String, Object>> deleted = id.isPresent() ? this.timeline.delete(id.firstValue())
				: Optional.empty();
		return deleted.map((status) -> JsonAnswers.answer(response, 200, status))
			.orElseGet(() -> JsonAnswers.answer(response, 400, error("target weibo does not exist!", 20101, request)));
	}

	/** A positive whole number, or the default when absent or not one. */
	private static int number(MultiValue parameter, int defaultValue) {
		if (!parameter.isPresent()) {
			return defaultValue;
		}
		try {
			int value = Integer.parseInt(parameter.firstValue().trim());
			return (value > 0) ? value : defaultValue;
		}
		catch (NumberFormatException ex) {
			return defaultValue;
		}
	}

	private static Map<String, Object> error(String error, int code, Request request) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("error", error);
		answer.put("error_code", code);
		answer.put("request", JsonAnswers.path(request));
		return answer;
	}

}
