package cn.jianwu.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down or too slow answers with a readable 503 problem, never a stack
 * trace; a service that is merely slow (over Resilience4j's 1 s default) still answers.
 */
class FallbackIT extends GatewayTestSupport {

	@Test
	void serviceThatIsDownGivesServiceUnavailableProblem() {
		String body = this.client.get()
			.uri("/wechat/callback?signature=abc&echostr=x")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"type\":\"https://jianwu.cn/problems/service-unavailable\"")
			.contains("\"title\":\"服务暂时不可用\"")
			.contains("\"service\":\"channel-wechat\"")
			.contains("\"status\":503")
			.doesNotContain("Exception")
			.doesNotContain("refused")
			.doesNotContain("127.0.0.1")
			.doesNotContain("at org.");
	}

	@Test
	void postToServiceThatIsDownAlsoGetsTheProblem() {
		this.client.post()
			.uri("/wechat/callback")
			.contentType(MediaType.TEXT_XML)
			.bodyValue("<xml><Content>查询</Content></xml>")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("服务暂时不可用")
			.jsonPath("$.requestId")
			.isNotEmpty();
	}

	@Test
	void hallServiceOverItsTimeLimitGivesItsOwnServiceUnavailableProblem() {
		// hall-service's limit is 500 ms in these tests.
		this.client.get()
			.uri("/api/public/calls/slow")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("服务暂时不可用")
			.jsonPath("$.service")
			.isEqualTo("hall");
	}

	@Test
	void serviceSlowerThanOneSecondStillAnswers() {
		long start = System.nanoTime();
		this.client.get()
			.uri("/api/search/slow?q=x")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("search");
		assertThat(Duration.ofNanos(System.nanoTime() - start))
			.isGreaterThanOrEqualTo(Duration.ofMillis(DownstreamStub.SLOW_MILLIS));
	}

	@Test
	void serviceOverItsTimeLimitGivesServiceUnavailableProblem() {
		// The portal's limit is 500 ms in these tests.
		this.client.get()
			.uri("/kiosk/slow")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://jianwu.cn/problems/service-unavailable")
			.jsonPath("$.service")
			.isEqualTo("portal");
	}

}
