package cn.jianwu.gateway.security;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import cn.jianwu.gateway.forwarding.ClientAddresses;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InternalNetworksWebFilterTest {

	private final InternalNetworksWebFilter filter = filter("10.0.0.0/8", " 192.168.1.0/24", "fd00::/8", "172.16.5.9");

	@Test
	void addressesInsideAConfiguredBlockAreInternal() {
		assertThat(this.filter.isInternal("10.200.3.4")).isTrue();
		assertThat(this.filter.isInternal("192.168.1.77")).isTrue();
		assertThat(this.filter.isInternal("fd12:3456::1")).isTrue();
		assertThat(this.filter.isInternal("172.16.5.9")).isTrue();
	}

	@Test
	void addressesOutsideAndThingsThatAreNoAddressAreNot() {
		assertThat(this.filter.isInternal("192.168.2.1")).isFalse();
		assertThat(this.filter.isInternal("172.16.5.10")).isFalse();
		assertThat(this.filter.isInternal("2001:db8::1")).isFalse();
		assertThat(this.filter.isInternal("unknown")).isFalse();
		assertThat(this.filter.isInternal("intranet.example")).isFalse();
	}

	@Test
	void aMalformedBlockStopsTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> filter("10.0.0/8")).withMessageContaining("10.0.0/8");
	}

	@Test
	void consoleFromOutsideIsNotFoundAndPublicPagesPass() {
		StepVerifier.create(this.filter.filter(from("/console/items", "203.0.113.9"), passing()))
			.expectErrorSatisfies(
					(ex) -> assertThat(((ResponseStatusException) ex).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND))
			.verify();
		StepVerifier.create(this.filter.filter(from("/api/reports/annual", "203.0.113.9"), passing()))
			.expectError(ResponseStatusException.class)
			.verify();
		StepVerifier.create(this.filter.filter(from("/items/1", "203.0.113.9"), passing())).verifyComplete();
		StepVerifier.create(this.filter.filter(from("/console/items", "10.1.2.3"), passing())).verifyComplete();
	}

	@Test
	void withoutNetworksEveryoneReachesTheConsole() {
		StepVerifier.create(filter().filter(from("/console", "203.0.113.9"), passing())).verifyComplete();
	}

	private static InternalNetworksWebFilter filter(String... networks) {
		GatewayProperties gateway = new GatewayProperties();
		gateway.setTrustedProxies("");
		return new InternalNetworksWebFilter(new InternalNetworksProperties(List.of(networks)),
				new ClientAddresses(gateway));
	}

	private static MockServerWebExchange from(String path, String address) {
		return MockServerWebExchange
			.from(MockServerHttpRequest.get(path).remoteAddress(new InetSocketAddress(address, 40000)));
	}

	private static WebFilterChain passing() {
		return (exchange) -> Mono.empty();
	}

}
