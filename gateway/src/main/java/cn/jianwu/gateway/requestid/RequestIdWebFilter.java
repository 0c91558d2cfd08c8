package cn.jianwu.gateway.requestid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request one id that the caller, the gateway's logs and the downstream
 * service all see. A caller's own id is kept only when it is a plain token: the id ends
 * up in log lines and headers, so anything else (spaces, line breaks, huge values) is
 * replaced rather than trusted.
 */
@Component
public class RequestIdWebFilter implements WebFilter, Ordered {

	/** The header that carries the id, both ways. */
	public static final String HEADER = "X-Request-Id";

	/** Exchange attribute holding the id for the rest of the gateway. */
	public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9-]{8,64}");

	@Override
	public int getOrder() {
		// First, so that even a request rejected by a later filter has an id.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = accept(exchange.getRequest().getHeaders().getFirst(HEADER));
		exchange.getAttributes().put(ATTRIBUTE, requestId);
		ServerHttpRequest request = exchange.getRequest().mutate().headers((h) -> h.set(HEADER, requestId)).build();
		exchange.getResponse().beforeCommit(() -> {
			// Set last, so that a downstream answer cannot replace the caller's id.
			exchange.getResponse().getHeaders().set(HEADER, requestId);
			return Mono.empty();
		});
		return chain.filter(exchange.mutate().request(request).build());
	}

	/**
	 * The caller's id if it is a sane token, otherwise a new one.
	 * @param candidate the incoming header value, may be {@code null}
	 * @return the id to use for this request
	 */
	public static String accept(String candidate) {
		if (candidate != null && SANE.matcher(candidate).matches()) {
			return candidate;
		}
		return randomId();
	}

	/**
	 * A random (version 4) UUID from a thread-local generator. The id correlates log
	 * lines and is no secret, so it need not come from {@link UUID#randomUUID()}'s
	 * SecureRandom, which is several times slower and shared by all event-loop threads.
	 */
	static String randomId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

}
