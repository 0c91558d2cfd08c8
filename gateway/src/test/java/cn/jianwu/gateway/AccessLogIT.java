package cn.jianwu.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One access-log line per request, with what operators need and nothing a citizen typed:
 * the query string stays out of the log. The line carries the request's trace id, which
 * the gateway passes on to the service it routes to.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT extends GatewayTestSupport {

	@Test
	void routedRequestIsLoggedWithoutItsQueryString(CapturedOutput output) {
		this.client.get()
			.uri("/api/search?q=张三&idNumber=110101199003071234")
			.header("X-Request-Id", "access-log-0001")
			.exchange()
			.expectStatus()
			.isOk();

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut()).containsPattern(
					"cn\\.jianwu\\.gateway\\.access +: GET /api/search 200 \\d+ms requestId=access-log-0001"));
		assertThat(output.getAll()).doesNotContain("110101199003071234")
			.doesNotContain("idNumber")
			.doesNotContain("张三");
	}

	@Test
	void problemAnswersAreLoggedWithTheirFinalStatus(CapturedOutput output) {
		this.client.get()
			.uri("/bulletin/feed.atom")
			.header("X-Request-Id", "access-log-0002")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/wechat/callback")
			.header("X-Request-Id", "access-log-0003")
			.exchange()
			.expectStatus()
			.isEqualTo(503);

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut())
				.containsPattern("GET /bulletin/feed\\.atom 404 \\d+ms requestId=access-log-0002")
				.containsPattern("GET /wechat/callback 503 \\d+ms requestId=access-log-0003"));
	}

	@Test
	void theAccessLineAndTheRoutedRequestCarryTheCallersTrace(CapturedOutput output) {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		String forwarded = searchInTrace(output, "access-log-0004", "00-" + traceId + "-00f067aa0ba902b7-01");
		// search-service gets the same trace, as the child of the gateway's own span
		assertThat(forwarded).matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
	}

	@Test
	void anUnsampledTraceIsStillCarriedOnAndLogged(CapturedOutput output) {
		// the caller decided not to sample: nothing is recorded, but the ids travel on
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		String forwarded = searchInTrace(output, "access-log-0005", "00-" + traceId + "-b7ad6b7169203331-00");
		assertThat(forwarded).matches("00-" + traceId + "-[0-9a-f]{16}-00");
	}

	/**
	 * Sends a search with the caller's trace, waits for its access line to name the
	 * trace, and answers the {@code traceparent} search-service received.
	 */
	private String searchInTrace(CapturedOutput output, String requestId, String traceparent) {
		String traceId = traceparent.split("-")[1];
		this.client.get()
			.uri("/api/search?q=trace")
			.header("X-Request-Id", requestId)
			.header("traceparent", traceparent)
			.exchange()
			.expectStatus()
			.isOk();

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut()).containsPattern("\\[" + traceId
					+ "-[0-9a-f]{16}\\] cn\\.jianwu\\.gateway\\.access +: GET /api/search 200 \\d+ms requestId="
					+ requestId));
		return SEARCH.requests()
			.stream()
			.filter((request) -> requestId.equals(request.header("X-Request-Id")))
			.map((request) -> request.header("traceparent"))
			.findFirst()
			.orElseThrow();
	}

}
