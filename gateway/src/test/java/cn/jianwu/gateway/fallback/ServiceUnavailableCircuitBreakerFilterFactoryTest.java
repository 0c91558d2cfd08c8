package cn.jianwu.gateway.fallback;

import java.net.ConnectException;
import java.net.URI;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import cn.jianwu.gateway.problem.ProblemWriter;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.server.ContentTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServiceUnavailableCircuitBreakerFilterFactoryTest {

	private final ServiceUnavailableCircuitBreakerFilterFactory factory = new ServiceUnavailableCircuitBreakerFilterFactory(
			new ReactiveResilience4JCircuitBreakerFactory(CircuitBreakerRegistry.ofDefaults(),
					TimeLimiterRegistry.ofDefaults(), null, new Resilience4JConfigurationProperties()),
			new DefaultListableBeanFactory().getBeanProvider(DispatcherHandler.class),
			new ProblemWriter(ServerCodecConfigurer.create()));

	@Test
	void aRouteWithAFallbackUriWhichWouldCacheEveryBodyStopsTheStart() {
		SpringCloudCircuitBreakerFilterFactory.Config config = config("case-query")
			.setFallbackUri(URI.create("forward:/fallback/case-query"));

		assertThatIllegalStateException().isThrownBy(() -> this.factory.apply(config))
			.withMessageContaining("fallbackUri");
	}

	@Test
	void aServiceThatCannotBeReachedGetsTheServiceUnavailableProblemNamingTheBreaker() {
		GatewayFilter breaker = this.factory.apply(config("case-query"));
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/cases/query"));

		StepVerifier
			.create(breaker.filter(exchange, (e) -> Mono.error(new ConnectException("Connection refused: /10.0.0.7"))))
			.verifyComplete();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		StepVerifier.create(exchange.getResponse().getBodyAsString())
			.assertNext((body) -> assertThat(body).contains("\"service\":\"case-query\"")
				.contains("服务暂时不可用")
				.doesNotContain("refused")
				.doesNotContain("10.0.0.7"))
			.verifyComplete();
	}

	@Test
	void theCallersOwnFaultIsAnsweredAsSuch() {
		GatewayFilter breaker = this.factory.apply(config("case-query"));
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/cases/query"));

		StepVerifier
			.create(breaker.filter(exchange,
					(e) -> Mono.error(new IllegalStateException("wrapped",
							new ContentTooLargeException(new IllegalStateException("too big"))))))
			.expectError(ContentTooLargeException.class)
			.verify();
	}

	private static SpringCloudCircuitBreakerFilterFactory.Config config(String name) {
		SpringCloudCircuitBreakerFilterFactory.Config config = new SpringCloudCircuitBreakerFilterFactory.Config();
		config.setName(name);
		config.setRouteId("route-of-" + name);
		return config;
	}

}
