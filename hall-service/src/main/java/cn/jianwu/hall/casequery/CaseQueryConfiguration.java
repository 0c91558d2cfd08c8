package cn.jianwu.hall.casequery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class CaseQueryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CaseQueryConfiguration.class);

	@Bean
	LawyerChecks lawyerChecks(CaseQueryProperties properties, MeterRegistry meters) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.caseQueryClient().connectTimeout());
		requests.setReadTimeout(properties.caseQueryClient().readTimeout());
		String base = properties.caseQueryUrl().toString();
		RestClient http = RestClient.builder()
			.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
			.requestFactory(requests)
			.build();
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.ofDefaults());
		CircuitBreaker breaker = registry.circuitBreaker("case-query-service");
		breaker.getEventPublisher()
			.onStateTransition(
					(event) -> log.warn("case-query-service circuit breaker: {}", event.getStateTransition()));
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return new LawyerChecks(http, breaker);
	}

}
