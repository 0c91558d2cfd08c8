package cn.jianwu.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the browser security headers, whoever produced it: a service, a
 * fallback, the gateway's own error handler or actuator. Server software is not named.
 */
class ResponseHeadersIT extends GatewayTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/public/items", "/wechat/callback", "/no-such-path", "/actuator/health" })
	void securityHeadersOnEveryResponse(String path) {
		WebTestClient.ResponseSpec response = this.client.get().uri(path).exchange();
		response.expectHeader()
			.valueMatches("Strict-Transport-Security", "max-age=\\d+.*")
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*default-src 'self'.*img-src 'self' data:.*")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.exists("X-Request-Id")
			.expectHeader()
			.doesNotExist("Server")
			.expectHeader()
			.doesNotExist("X-Powered-By");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/js/app.js" })
	void policyAllowsNoInlineScript(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).doesNotContain("unsafe-inline")
						.doesNotContain("unsafe-eval")
						.contains("script-src 'self'"));
	}

}
