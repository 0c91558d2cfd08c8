package cn.jianwu.reports.annual;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.platform.web.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * disclosure-service's item API as the annual report calls it: drafted and submitted with
 * the caller's own bearer token, so that the item is the office's, under their name, and
 * disclosure-service's rules decide. Every call goes through one circuit breaker; tokens
 * and texts are never logged.
 */
class AnnualDisclosure {

	/** disclosure-service's header for requests carried out once per key. */
	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(AnnualDisclosure.class);

	private final RestClient http;

	private final CircuitBreaker breaker;

	AnnualDisclosure(RestClient http, CircuitBreaker breaker) {
		this.http = http;
		this.breaker = breaker;
	}

	/** Creates the draft item ({@code POST /api/disclosures}); the same key, one item. */
	UUID draft(ItemRequest request, String token, String onceKey) {
		return guarded(() -> this.http.post().uri("/api/disclosures").headers((headers) -> {
			headers.setBearerAuth(token);
			headers.set(IDEMPOTENCY_KEY, onceKey);
		})
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(request)
			.exchange((sent, answer) -> staffItem(answer, "create"))).id();
	}

	/** Submits it for approval ({@code POST /api/disclosures/{id}/submit}). */
	void submit(UUID itemId, String token, String onceKey) {
		guarded(() -> this.http.post().uri("/api/disclosures/{id}/submit", itemId).headers((headers) -> {
			headers.setBearerAuth(token);
			headers.set(IDEMPOTENCY_KEY, onceKey);
		})
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((sent, answer) -> staffItem(answer, "submit")));
	}

	private <T> T guarded(Supplier<T> call) {
		try {
			return this.breaker.executeSupplier(() -> {
				try {
					return call.get();
				}
				catch (RestClientException ex) {
					log.warn("disclosure-service could not be reached: {}", ex.toString());
					throw new Unavailable(ex.getClass().getSimpleName());
				}
			});
		}
		catch (CallNotPermittedException ex) {
			throw new Unavailable("circuit breaker open");
		}
	}

	private static StaffItem staffItem(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse answer, String what)
			throws IOException {
		HttpStatusCode status = answer.getStatusCode();
		if (status.is2xxSuccessful()) {
			StaffItem item = answer.bodyTo(StaffItem.class);
			if (item == null || item.id() == null) {
				throw new Unavailable(what + " answered no item");
			}
			return item;
		}
		if (status.is4xxClientError()) {
			log.info("disclosure-service refused annual report {} with {}", what, status.value());
			throw new Refused(status, detail(answer));
		}
		log.warn("disclosure-service failed annual report {} with {}", what, status.value());
		throw new Unavailable(what + " answered " + status.value());
	}

	/** disclosure-service's explanation, written for staff in Chinese. */
	private static String detail(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse answer) {
		try {
			Map<?, ?> problem = answer.bodyTo(Map.class);
			return (problem != null && problem.get("detail") instanceof String detail) ? detail : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * disclosure-service refused (a role that may not, a text that did not pass its
	 * checks): the caller gets the same status and its Chinese explanation.
	 */
	static class Refused extends ErrorResponseException {

		Refused(HttpStatusCode status, String detail) {
			super(status, Problems.of(status, "disclosure-refused", "信息公开平台未受理该操作",
					(detail != null && !detail.isBlank()) ? detail : "信息公开平台未受理该操作，请检查后重试。"), null);
		}

	}

	/**
	 * disclosure-service did not answer, failed, or its circuit breaker is open; the
	 * reason stays in the cause, for the log.
	 */
	static class Unavailable extends ErrorResponseException {

		Unavailable(String reason) {
			super(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "disclosure-unavailable",
					"信息公开平台暂时无法访问", "信息公开平台暂时无法访问，请稍后重试。"), new IllegalStateException(reason));
		}

	}

}
