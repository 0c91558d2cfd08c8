package cn.jianwu.reports.annual;

import java.net.URI;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The annual report's way to disclosure-service: timeouts and a circuit breaker. */
@Configuration(proxyBeanMethods = false)
class AnnualConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AnnualConfiguration.class);

	@Bean
	AnnualDisclosure annualDisclosure(@Value("${jianwu.reports.disclosure-url}") URI disclosureUrl,
			@Value("${jianwu.reports.annual.connect-timeout:2s}") Duration connectTimeout,
			@Value("${jianwu.reports.annual.read-timeout:10s}") Duration readTimeout, MeterRegistry meters) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(connectTimeout);
		requests.setReadTimeout(readTimeout);
		String base = disclosureUrl.toString();
		RestClient http = RestClient.builder()
			.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
			.requestFactory(requests)
			.build();
		// Only failures of disclosure-service itself open the circuit; a refusal is an
		// answer.
		CircuitBreakerRegistry registry = CircuitBreakerRegistry
			.of(CircuitBreakerConfig.custom().recordExceptions(AnnualDisclosure.Unavailable.class).build());
		CircuitBreaker breaker = registry.circuitBreaker("disclosure-service-annual");
		breaker.getEventPublisher()
			.onStateTransition((event) -> log.warn("disclosure-service circuit breaker (annual report): {}",
					event.getStateTransition()));
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return new AnnualDisclosure(http, breaker);
	}

}
