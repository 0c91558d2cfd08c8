package cn.jianwu.hall.disclosure;

import java.time.Clock;

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
class DisclosureConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DisclosureConfiguration.class);

	@Bean
	DisclosureItems disclosureItems(DisclosureProperties properties, MeterRegistry meters, Clock clock) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.disclosureClient().connectTimeout());
		requests.setReadTimeout(properties.disclosureClient().readTimeout());
		String base = properties.disclosureUrl().toString();
		RestClient http = RestClient.builder()
			.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
			.requestFactory(requests)
			.build();
		// Only failures of disclosure-service itself open the circuit; a refusal (a role
		// that may not, an expired token) is an answer.
		CircuitBreakerRegistry registry = CircuitBreakerRegistry
			.of(CircuitBreakerConfig.custom().recordExceptions(DisclosureUnavailableException.class).build());
		CircuitBreaker breaker = registry.circuitBreaker("disclosure-service");
		breaker.getEventPublisher()
			.onStateTransition(
					(event) -> log.warn("disclosure-service circuit breaker: {}", event.getStateTransition()));
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return new DisclosureItems(http, breaker, properties.disclosureClient(), clock);
	}

}
