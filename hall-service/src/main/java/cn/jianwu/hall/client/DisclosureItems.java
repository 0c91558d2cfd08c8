package cn.jianwu.hall.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.disclosure.api.publication.PublicItem;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * disclosure-service's public items, as the public reads them ({@code GET
 * /api/public/items/{id}}): what a feedback message may refer to. Short timeouts and a
 * circuit breaker, so that a disclosure-service that is down or slow answers
 * "unavailable" at once instead of holding the writer's request.
 */
@Component
public class DisclosureItems {

	private static final Logger log = LoggerFactory.getLogger(DisclosureItems.class);

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final JsonMapper json;

	DisclosureItems(@Value("${jianwu.hall.disclosure-url}") String baseUrl, JsonMapper json, MeterRegistry meters) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(1))
			.version(HttpClient.Version.HTTP_1_1)
			.build());
		requests.setReadTimeout(Duration.ofSeconds(2));
		this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
		this.json = json;
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(10)
			.minimumNumberOfCalls(5)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(10))
			.recordExceptions(RestClientException.class)
			.ignoreExceptions(HttpClientErrorException.NotFound.class)
			.build();
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
		this.breaker = registry.circuitBreaker("disclosure-service");
		this.breaker.getEventPublisher()
			.onStateTransition(
					(event) -> log.warn("disclosure-service circuit breaker: {}", event.getStateTransition()));
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
	}

	/**
	 * The item as published now.
	 * @param id the item's id
	 * @return the item, or empty when there is no such public item (never published,
	 * internal, or withdrawn)
	 * @throws DisclosureUnavailableException when disclosure-service cannot tell
	 */
	public Optional<PublicItem> publicItem(UUID id) {
		try {
			byte[] body = this.breaker
				.executeSupplier(() -> this.http.get().uri("/api/public/items/{id}", id).retrieve().body(byte[].class));
			return Optional.of(this.json.readValue(body, PublicItem.class));
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				return Optional.empty();
			}
			throw new DisclosureUnavailableException(ex);
		}
		catch (CallNotPermittedException | RestClientException | JacksonException ex) {
			log.debug("disclosure-service did not answer for an item: {}", ex.toString());
			throw new DisclosureUnavailableException(ex);
		}
	}

	/** disclosure-service could not say whether an item is public. */
	public static class DisclosureUnavailableException extends RuntimeException {

		DisclosureUnavailableException(Throwable cause) {
			super("disclosure-service is unavailable", cause);
		}

	}

}
