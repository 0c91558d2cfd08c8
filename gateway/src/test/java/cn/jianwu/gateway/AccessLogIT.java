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
 * the query string stays out of the log.
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

}
