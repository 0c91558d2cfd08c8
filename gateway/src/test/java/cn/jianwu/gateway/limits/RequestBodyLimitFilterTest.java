package cn.jianwu.gateway.limits;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ContentTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RequestBodyLimitFilterTest {

	private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(
			new RequestLimitsProperties(Map.of("tiny", DataSize.ofBytes(10), "big", DataSize.ofKilobytes(64))),
			gateway(route("query", "tiny"), route("upload", "big"), route("pages", null)));

	@Test
	void eachRouteGetsTheLimitItNamesAndARouteNamingNoneTakesNoBody() {
		assertThat(this.filter.limitOf("query")).isEqualTo(10);
		assertThat(this.filter.limitOf("upload")).isEqualTo(64 * 1024);
		assertThat(this.filter.limitOf("pages")).isZero();
	}

	@Test
	void aRouteNamingAnUndefinedLimitStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RequestBodyLimitFilter(new RequestLimitsProperties(Map.of()),
					gateway(route("query", "lookpu"))))
			.withMessageContaining("query")
			.withMessageContaining("lookpu");
	}

	@Test
	void declaredLengthOverTheRoutesLimitFailsBeforeTheBodyIsRead() {
		MockServerWebExchange exchange = exchange("query",
				MockServerHttpRequest.post("/api/cases/query").contentLength(11).body("01234567890"));

		StepVerifier.create(this.filter.filter(exchange, readingChain()))
			.expectError(ContentTooLargeException.class)
			.verify();
	}

	@Test
	void theSameBodyPassesARouteWithALargerLimit() {
		MockServerWebExchange exchange = exchange("upload",
				MockServerHttpRequest.post("/api/disclosures").contentLength(11).body("01234567890"));

		StepVerifier.create(this.filter.filter(exchange, readingChain())).verifyComplete();
	}

	@Test
	void anyBodyOnARouteWithoutLimitIsRefused() {
		MockServerWebExchange exchange = exchange("pages",
				MockServerHttpRequest.post("/").body(Flux.just(buffer("x"))));

		StepVerifier.create(this.filter.filter(exchange, readingChain()))
			.expectError(ContentTooLargeException.class)
			.verify();
	}

	@Test
	void streamedBodyFailsOnceItPassesTheLimit() {
		MockServerWebExchange exchange = exchange("query",
				MockServerHttpRequest.post("/api/cases/query").body(Flux.just(buffer("012345"), buffer("6789X"))));

		StepVerifier.create(this.filter.filter(exchange, readingChain()))
			.expectError(ContentTooLargeException.class)
			.verify();
	}

	@Test
	void bodyAtTheLimitPasses() {
		MockServerWebExchange exchange = exchange("query",
				MockServerHttpRequest.post("/api/cases/query").body(Flux.just(buffer("01234"), buffer("56789"))));

		StepVerifier.create(this.filter.filter(exchange, readingChain())).verifyComplete();
	}

	private static MockServerWebExchange exchange(String routeId, MockServerHttpRequest request) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		Route route = Route.async().id(routeId).uri(URI.create("http://127.0.0.1:1")).predicate((e) -> true).build();
		exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
		return exchange;
	}

	private static GatewayProperties gateway(RouteDefinition... routes) {
		GatewayProperties properties = new GatewayProperties();
		properties.setRoutes(List.of(routes));
		return properties;
	}

	private static RouteDefinition route(String id, String limit) {
		RouteDefinition route = new RouteDefinition();
		route.setId(id);
		route.setUri(URI.create("http://127.0.0.1:1"));
		if (limit != null) {
			route.setMetadata(Map.of(RequestLimitsProperties.ROUTE_METADATA_KEY, limit));
		}
		return route;
	}

	/** A chain that consumes the body, as routing to a service would. */
	private static GatewayFilterChain readingChain() {
		return (exchange) -> DataBufferUtils.join(exchange.getRequest().getBody())
			.doOnNext(DataBufferUtils::release)
			.then(Mono.empty());
	}

	private static DataBuffer buffer(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
