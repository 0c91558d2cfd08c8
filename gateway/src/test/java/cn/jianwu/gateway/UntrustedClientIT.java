package cn.jianwu.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller that is not a trusted proxy cannot pose as another address: its own
 * X-Forwarded-* claims are replaced by what the gateway saw.
 */
@TestPropertySource(properties = "spring.cloud.gateway.server.webflux.trusted-proxies=10[.]9[.]9[.]9")
class UntrustedClientIT extends GatewayTestSupport {

	@Test
	void spoofedForwardedHeadersAreReplaced() {
		this.client.post()
			.uri("/api/cases/query-spoofed")
			.header("Authorization", staffBearer())
			.header("X-Forwarded-For", "198.51.100.23")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "for=198.51.100.23")
			.exchange()
			.expectStatus()
			.isOk();
		DownstreamStub.Recorded forwarded = CASE_QUERY.lastRequest("/api/cases/query-spoofed").orElseThrow();
		assertThat(forwarded.header("X-Forwarded-For")).matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
		assertThat(forwarded.header("X-Forwarded-Host")).isEqualTo("localhost:" + this.port);
		assertThat(forwarded.header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(forwarded.header("Forwarded")).isNull();
	}

}
