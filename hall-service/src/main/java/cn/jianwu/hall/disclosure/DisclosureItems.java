package cn.jianwu.hall.disclosure;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.publication.PublicItem;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * disclosure-service's item API as the hall calls it. Staff actions carry the caller's
 * own bearer token: the item is theirs, created and submitted under their name, and
 * disclosure-service's rules decide what they may do. Every call goes through one circuit
 * breaker, so that a disclosure-service that is down costs the hall a quick answer, not a
 * thread per request. Tokens and texts are never logged.
 */
public class DisclosureItems {

	/** disclosure-service's header for requests carried out once per key. */
	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(DisclosureItems.class);

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final DisclosureProperties.Client properties;

	private final Clock clock;

	private final Map<UUID, Cached> publicItems = new ConcurrentHashMap<>();

	DisclosureItems(RestClient http, CircuitBreaker breaker, DisclosureProperties.Client properties, Clock clock) {
		this.http = http;
		this.breaker = breaker;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Creates a draft item ({@code POST /api/disclosures}) as the caller.
	 * @param request the item
	 * @param token the caller's bearer token
	 * @param onceKey sent as {@code Idempotency-Key}: the same key creates one item
	 * @return the new item's id
	 * @throws DisclosureRefusedException when disclosure-service refuses
	 * @throws DisclosureUnavailableException when it cannot answer
	 */
	public UUID draft(ItemRequest request, String token, String onceKey) {
		StaffItem item = guarded(() -> this.http.post().uri("/api/disclosures").headers((headers) -> {
			headers.setBearerAuth(token);
			headers.set(IDEMPOTENCY_KEY, onceKey);
		})
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(request)
			.exchange((sent, answer) -> staffItem(answer, "create")));
		return item.id();
	}

	/**
	 * Submits the caller's draft for approval ({@code POST
	 * /api/disclosures/{id}/submit}).
	 * @param itemId the draft
	 * @param token the caller's bearer token
	 * @param onceKey sent as {@code Idempotency-Key}
	 * @throws DisclosureRefusedException when disclosure-service refuses
	 * @throws DisclosureUnavailableException when it cannot answer
	 */
	public void submit(UUID itemId, String token, String onceKey) {
		guarded(() -> this.http.post().uri("/api/disclosures/{id}/submit", itemId).headers((headers) -> {
			headers.setBearerAuth(token);
			headers.set(IDEMPOTENCY_KEY, onceKey);
		})
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((sent, answer) -> staffItem(answer, "submit")));
	}

	/**
	 * The item as the public reads it now ({@code GET /api/public/items/{id}}); a public
	 * item is reused for a short while: empty when it is not public (a draft, withdrawn,
	 * internal).
	 * @throws DisclosureUnavailableException when disclosure-service cannot answer and no
	 * earlier answer is at hand
	 */
	public Optional<PublicItem> publicItem(UUID itemId) {
		Instant now = this.clock.instant();
		Cached cached = this.publicItems.get(itemId);
		if (cached != null && cached.at().plus(this.properties.publicItemCache()).isAfter(now)) {
			return cached.item();
		}
		try {
			Optional<PublicItem> item = guarded(() -> this.http.get()
				.uri("/api/public/items/{id}", itemId)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.exchange((sent, answer) -> {
					if (answer.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
						return Optional.<PublicItem>empty();
					}
					if (!answer.getStatusCode().is2xxSuccessful()) {
						throw new DisclosureUnavailableException("public item answered " + answer.getStatusCode());
					}
					return Optional.ofNullable(answer.bodyTo(PublicItem.class));
				}));
			if (item.isPresent()) {
				this.publicItems.put(itemId, new Cached(item, now));
			}
			else {
				// Not public yet is not remembered: an announcement or a results item
				// approved a moment later must show at once.
				this.publicItems.remove(itemId);
			}
			return item;
		}
		catch (DisclosureUnavailableException ex) {
			if (cached != null) {
				// Better an answer a little old than none: what was public a minute ago
				// most likely still is.
				return cached.item();
			}
			throw ex;
		}
	}

	/**
	 * Whether the item is public now; {@code false} when that cannot be told (nothing is
	 * shown to the public that might have been withdrawn).
	 */
	public boolean isPublic(UUID itemId) {
		if (itemId == null) {
			return false;
		}
		try {
			return publicItem(itemId).isPresent();
		}
		catch (DisclosureUnavailableException ex) {
			return false;
		}
	}

	private <T> T guarded(Supplier<T> call) {
		try {
			return this.breaker.executeSupplier(() -> {
				try {
					return call.get();
				}
				catch (RestClientException ex) {
					log.warn("disclosure-service could not be reached: {}", ex.toString());
					throw new DisclosureUnavailableException(ex.getClass().getSimpleName());
				}
			});
		}
		catch (CallNotPermittedException ex) {
			throw new DisclosureUnavailableException("circuit breaker open");
		}
	}

	private static StaffItem staffItem(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse answer, String what)
			throws IOException {
		HttpStatusCode status = answer.getStatusCode();
		if (status.is2xxSuccessful()) {
			StaffItem item = answer.bodyTo(StaffItem.class);
			if (item == null || item.id() == null) {
				throw new DisclosureUnavailableException(what + " answered no item");
			}
			return item;
		}
		if (status.is4xxClientError()) {
			log.info("disclosure-service refused {} with {}", what, status.value());
			throw new DisclosureRefusedException(status, detail(answer));
		}
		log.warn("disclosure-service failed {} with {}", what, status.value());
		throw new DisclosureUnavailableException(what + " answered " + status.value());
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

	private record Cached(Optional<PublicItem> item, Instant at) {
	}

}
