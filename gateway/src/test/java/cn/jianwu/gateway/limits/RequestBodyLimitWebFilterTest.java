package cn.jianwu.gateway.limits;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.WebFilterChain;

class RequestBodyLimitWebFilterTest {

	private final RequestBodyLimitWebFilter filter = new RequestBodyLimitWebFilter(
			new RequestLimitsProperties(DataSize.ofBytes(10)));

	@Test
	void declaredLengthOverTheLimitFailsBeforeTheBodyIsRead() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/disclosures").contentLength(11).body("01234567890"));

		StepVerifier.create(this.filter.filter(exchange, readingChain()))
			.expectError(ContentTooLargeException.class)
			.verify();
	}

	@Test
	void streamedBodyFailsOnceItPassesTheLimit() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/disclosures").body(Flux.just(buffer("012345"), buffer("6789X"))));

		StepVerifier.create(this.filter.filter(exchange, readingChain()))
			.expectError(ContentTooLargeException.class)
			.verify();
	}

	@Test
	void bodyAtTheLimitPasses() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/disclosures").body(Flux.just(buffer("01234"), buffer("56789"))));

		StepVerifier.create(this.filter.filter(exchange, readingChain())).verifyComplete();
	}

	/** A chain that consumes the body, as routing to a service would. */
	private static WebFilterChain readingChain() {
		return (exchange) -> DataBufferUtils.join(exchange.getRequest().getBody())
			.doOnNext(DataBufferUtils::release)
			.then(Mono.empty());
	}

	private static DataBuffer buffer(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
