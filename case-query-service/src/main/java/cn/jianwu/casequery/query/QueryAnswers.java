package cn.jianwu.casequery.query;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.platform.web.FailurePacing;
import cn.jianwu.casequery.api.query.QueryFailure;
import cn.jianwu.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The HTTP answers of a query. Every failure gets the very same bytes
 * ({@link QueryFailure}): status 404, the problem type {@code case-query-failed}, one
 * title, one detail and the configured lock-out, no request id, no instance, so that
 * nothing distinguishes one failure from another.
 */
@Component
public class QueryAnswers {

	/** Problem type slug of every failed query. */
	public static final String FAILED = QueryFailure.TYPE_SLUG;

	/** Problem type slug of a throttled client (the gateway's limiter uses the same). */
	public static final String TOO_MANY = "too-many-requests";

	private static final byte[] TOO_MANY_BODY = problem(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY, "请求过于频繁",
			"查询过于频繁，请稍后再试。");

	private static final String RETRY_AFTER_SECONDS = "60";

	private final FailurePacing pacing;

	private final byte[] failureBody;

	private final byte[] untilReissueBody;

	QueryAnswers(FailurePacing pacing, QueryProperties properties, JsonMapper json) {
		this.pacing = pacing;
		// built once: every failure gets these very bytes
		String type = Problems.type(FAILED).toString();
		this.failureBody = json.writeValueAsBytes(QueryFailure.of(type, properties.lockout()));
		this.untilReissueBody = json.writeValueAsBytes(QueryFailure.untilReissue(type, properties.lockout()));
	}

	/**
	 * The answer to a query result whose success is the view itself.
	 * @param result the result
	 * @return the answer, a failure completed no sooner than its time
	 */
	public CompletableFuture<ResponseEntity<byte[]>> of(QueryResult result) {
		return of(result, result.view());
	}

	/**
	 * The answer to a query result.
	 * @param result the result
	 * @param success the body of a success
	 * @return the answer, a failure completed no sooner than its time
	 */
	public CompletableFuture<ResponseEntity<byte[]>> of(QueryResult result, byte[] success) {
		switch (result.kind()) {
			case SUCCESS:
				return CompletableFuture.completedFuture(ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_JSON)
					.cacheControl(CacheControl.noStore())
					.body(success));
			case THROTTLED:
				return CompletableFuture.completedFuture(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
					.cacheControl(CacheControl.noStore())
					.body(TOO_MANY_BODY));
			default:
				return this.pacing.notBefore(result.notBefore(),
						failure(result.untilReissue() ? this.untilReissueBody : this.failureBody));
		}
	}

	/** The one failure answer. */
	public ResponseEntity<byte[]> failure() {
		return failure(this.failureBody);
	}

	private static ResponseEntity<byte[]> failure(byte[] body) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	private static byte[] problem(HttpStatus status, String kind, String title, String detail) {
		String json = "{\"type\":\"" + Problems.type(kind) + "\",\"title\":\"" + title + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
