package cn.jianwu.gateway;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public paths reach the service that owns them, with the request id and the client's
 * address; everything else (LAN-only channel, services' actuators, path tricks) does not.
 */
class RoutingIT extends GatewayTestSupport {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/api/auth/token, disclosure", "/api/auth/me, disclosure", "/api/cases/query, case-query",
			"/api/hotline/welcome.vxml, case-query", "/api/public/items/7, disclosure", "/api/search, search",
			"/api/search/suggest, search", "/api/hall/messages/7, hall", "/api/public/messages, hall",
			"/api/public/messages/statistics, hall", "/api/public/calls, hall", "/api/public/calls/5, hall",
			"/api/public/activities, hall", "/api/public/activities/5, hall", "/api/public/agenda, hall",
			"/api/hall/services, hall", "/hall/messages/new, portal", "/, portal", "/console, portal",
			"/console/items/3, portal", "/kiosk, portal", "/css/site.css, portal", "/js/app.js, portal",
			"/images/logo.png, portal", "/webjars/htmx/htmx.min.js, portal", "/favicon.ico, portal" })
	void publicPathReachesItsService(String path, String service) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(service)
			.jsonPath("$.path")
			.isEqualTo(path);
	}

	@Test
	void downstreamGetsRequestIdQueryAndForwardedHeaders() {
		String requestId = this.client.post()
			.uri("/api/cases/query?lang=zh")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"queryCode\":\"AB12CD34\",\"idLast4\":\"1234\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");

		DownstreamStub.Recorded forwarded = CASE_QUERY.lastRequest("/api/cases/query").orElseThrow();
		assertThat(forwarded.method()).isEqualTo("POST");
		assertThat(forwarded.query()).isEqualTo("lang=zh");
		assertThat(requestId).isNotBlank();
		assertThat(forwarded.header("X-Request-Id")).isEqualTo(requestId);
		assertThat(forwarded.header("X-Forwarded-For")).matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
		assertThat(forwarded.header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(forwarded.header("X-Forwarded-Host")).isEqualTo("localhost:" + this.port);
		assertThat(forwarded.header("X-Forwarded-Port")).isEqualTo(String.valueOf(this.port));
	}

	@Test
	void saneCallerRequestIdIsKeptEverywhere() {
		this.client.get()
			.uri("/api/public/items?page=1")
			.header("X-Request-Id", "caller-id-0001")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "caller-id-0001");
		assertThat(DISCLOSURE.lastRequest("/api/public/items").orElseThrow().header("X-Request-Id"))
			.isEqualTo("caller-id-0001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "has space in it", "bad!chars-0001",
			"012345678901234567890123456789012345678901234567890123456789abcde" })
	void insaneCallerRequestIdIsReplaced(String insane) {
		String answered = this.client.get()
			.uri("/api/disclosures/insane-id")
			.header("X-Request-Id", insane)
			.header("Authorization", staffBearer())
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");
		assertThat(answered).isNotEqualTo(insane).matches("[0-9a-f-]{36}");
		assertThat(DISCLOSURE.lastRequest("/api/disclosures/insane-id").orElseThrow().header("X-Request-Id"))
			.isEqualTo(answered);
	}

	@Test
	void callerOnLoopbackIsATrustedProxySoItsForwardedForIsKept() {
		this.client.get()
			.uri("/api/search/proxied")
			.header("X-Forwarded-For", "203.0.113.7")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectStatus()
			.isOk();
		DownstreamStub.Recorded forwarded = SEARCH.lastRequest("/api/search/proxied").orElseThrow();
		assertThat(forwarded.header("X-Forwarded-For")).matches("203\\.0\\.113\\.7, (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)");
		assertThat(forwarded.header("X-Forwarded-Proto")).isEqualTo("https");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/bulletin", "/bulletin/feed.atom", "/screens/hall-1", "/screens/hall-1/events",
			"/nothing-here", "/api", "/api/unknown/1", "/wechatx", "/consoles", "/fallback/disclosure",
			"/api/cases/actuator/env", "/api/disclosures/actuator", "/api/search/ACTUATOR/health",
			"/api/cases/..;/..;/actuator/env", "/api/cases/../../actuator/env", "/api/cases/%2e%2e/%2e%2e/actuator/env",
			"/api/cases/..%2f..%2factuator%2fenv", "/api/public/;x=1/../../actuator/heapdump",
			"/console/%2E%2E/%2E%2E/actuator/env", "/actuator/../api/cases/query", "/internal/hall/wechat-messages",
			"/internal/hall/messages/7/wechat-reply", "/api/hall/../../internal/hall/wechat-messages" })
	void unroutedPathIsANotFoundProblem(String path) {
		this.client.get()
			.uri(URI.create("http://localhost:" + this.port + path))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://jianwu.cn/problems/not-found")
			.jsonPath("$.title")
			.isEqualTo("未找到")
			.jsonPath("$.status")
			.isEqualTo(404);
		assertThat(anyStubSaw("actuator")).as("a service's actuator was reached").isFalse();
		assertThat(anyStubSaw("bulletin")).isFalse();
		assertThat(anyStubSaw("screens")).isFalse();
		assertThat(anyStubSaw("/internal/")).as("a service's internal API was reached").isFalse();
	}

	@Test
	void gatewayOwnActuatorIsNotRouted() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		assertThat(anyStubSaw("/actuator")).isFalse();
	}

}
