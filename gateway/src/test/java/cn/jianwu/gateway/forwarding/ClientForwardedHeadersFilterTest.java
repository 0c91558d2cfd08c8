package cn.jianwu.gateway.forwarding;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientForwardedHeadersFilterTest {

	private static final String LOAD_BALANCER = "10.0.0.5";

	private final ClientForwardedHeadersFilter filter = filter("10[.]0[.]0[.]5");

	@Test
	void publicCallerGetsItsOwnAddressAndCannotSpoofAnother() {
		MockServerWebExchange exchange = exchange("198.51.100.7",
				MockServerHttpRequest.get("http://portal.example.cn/api/cases/query")
					.header("X-Forwarded-For", "203.0.113.1")
					.header("X-Forwarded-Host", "evil.example")
					.header("X-Forwarded-Proto", "https")
					.header("Forwarded", "for=203.0.113.1"));

		HttpHeaders sent = this.filter.filter(exchange.getRequest().getHeaders(), exchange);

		assertThat(sent.get("X-Forwarded-For")).containsExactly("198.51.100.7");
		assertThat(sent.getFirst("X-Forwarded-Host")).isEqualTo("portal.example.cn");
		assertThat(sent.getFirst("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(sent.getFirst("X-Forwarded-Port")).isEqualTo("80");
		assertThat(sent.containsHeader("Forwarded")).isFalse();
	}

	@Test
	void trustedProxyKeepsTheClientChainAndScheme() {
		MockServerWebExchange exchange = exchange(LOAD_BALANCER,
				MockServerHttpRequest.get("http://gateway:8080/api/search")
					.header("X-Forwarded-For", "203.0.113.1, 10.0.0.9")
					.header("X-Forwarded-Host", "www.jianwu.cn")
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Port", "443"));

		HttpHeaders sent = this.filter.filter(exchange.getRequest().getHeaders(), exchange);

		assertThat(sent.get("X-Forwarded-For")).containsExactly("203.0.113.1, 10.0.0.9, " + LOAD_BALANCER);
		assertThat(sent.getFirst("X-Forwarded-Host")).isEqualTo("www.jianwu.cn");
		assertThat(sent.getFirst("X-Forwarded-Proto")).isEqualTo("https");
		assertThat(sent.getFirst("X-Forwarded-Port")).isEqualTo("443");
	}

	@Test
	void withoutTrustedProxiesNobodyIsBelieved() {
		ClientForwardedHeadersFilter trustsNobody = filter(null);
		MockServerWebExchange exchange = exchange(LOAD_BALANCER,
				MockServerHttpRequest.get("http://gateway:8080/").header("X-Forwarded-For", "203.0.113.1"));

		HttpHeaders sent = trustsNobody.filter(exchange.getRequest().getHeaders(), exchange);

		assertThat(sent.get("X-Forwarded-For")).containsExactly(LOAD_BALANCER);
		assertThat(sent.getFirst("X-Forwarded-Host")).isEqualTo("gateway:8080");
		assertThat(sent.getFirst("X-Forwarded-Port")).isEqualTo("8080");
	}

	@Test
	void otherHeadersPassUntouched() {
		MockServerWebExchange exchange = exchange("198.51.100.7",
				MockServerHttpRequest.get("http://gateway/").header("Accept-Language", "zh-CN"));

		HttpHeaders sent = this.filter.filter(exchange.getRequest().getHeaders(), exchange);

		assertThat(sent.getFirst("Accept-Language")).isEqualTo("zh-CN");
	}

	private static ClientForwardedHeadersFilter filter(String trustedProxies) {
		GatewayProperties properties = new GatewayProperties();
		properties.setTrustedProxies(trustedProxies);
		return new ClientForwardedHeadersFilter(new ClientAddresses(properties));
	}

	private static MockServerWebExchange exchange(String peer, MockServerHttpRequest.BaseBuilder<?> request) {
		return MockServerWebExchange.from(request.remoteAddress(new InetSocketAddress(peer, 40000)));
	}

}
