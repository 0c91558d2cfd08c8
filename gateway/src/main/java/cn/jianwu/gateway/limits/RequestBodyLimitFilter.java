package cn.jianwu.gateway.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Rejects request bodies above their route's limit ({@link RequestLimitsProperties}) with
 * 413, before anything reads them: it runs first among the route's filters, so an
 * oversized query never costs a rate-limiter call or a connection to the service. A
 * declared Content-Length is checked up front; a chunked body has no length to check, so
 * it is counted while it streams to the service (nothing buffers it on the way).
 * <p>
 * Like Tomcat's {@code maxSwallowSize}, a moderate excess is read and thrown away before
 * answering: closing a connection with unread bytes makes the kernel reset it, and the
 * client then loses the 413 it was about to read. Beyond that allowance, or when the
 * client waits for {@code 100-continue}, the answer goes out at once and the connection
 * is closed.
 */
@Component
class RequestBodyLimitFilter implements GlobalFilter, Ordered {

	static final long SWALLOW_BYTES = DataSize.ofMegabytes(2).toBytes();

	private final Map<String, Long> routeLimits = new HashMap<>();

	RequestBodyLimitFilter(RequestLimitsProperties properties, GatewayProperties gateway) {
		for (RouteDefinition route : gateway.getRoutes()) {
			Object name = route.getMetadata().get(RequestLimitsProperties.ROUTE_METADATA_KEY);
			if (name == null) {
				continue;
			}
			DataSize limit = properties.bodyLimits().get(name.toString());
			if (limit == null) {
				// A typo would otherwise leave the route without the body it needs.
				throw new IllegalStateException("Route " + route.getId() + " names body limit '" + name
						+ "', which jianwu.gateway.body-limits does not define");
			}
			this.routeLimits.put(route.getId(), limit.toBytes());
		}
	}

	@Override
	public int getOrder() {
		// Route filters declared in application.yml are ordered 1, 2, ...: this runs
		// before them.
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	/**
	 * The limit of a route.
	 * @param routeId the route's id
	 * @return the largest body in bytes; 0 for a route that names no limit
	 */
	long limitOf(String routeId) {
		return this.routeLimits.getOrDefault(routeId, 0L);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		long maxBytes = (route != null) ? limitOf(route.getId()) : 0L;
		ServerHttpRequest request = exchange.getRequest();
		long declared = request.getHeaders().getContentLength();
		if (declared > maxBytes) {
			return rejectDeclared(exchange, maxBytes, declared);
		}
		ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> countedBody(exchange, maxBytes, super.getBody()));
			}

		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

	private Mono<Void> rejectDeclared(ServerWebExchange exchange, long maxBytes, long declared) {
		ServerHttpRequest request = exchange.getRequest();
		boolean waitsForContinue = "100-continue".equalsIgnoreCase(request.getHeaders().getFirst("Expect"));
		if (waitsForContinue || declared > maxBytes + SWALLOW_BYTES) {
			// Reading would invite (or wait for) the whole upload; answer right away.
			return Mono.error(tooLarge(exchange, maxBytes));
		}
		return request.getBody()
			.doOnNext(DataBufferUtils::release)
			.then(Mono.error(() -> tooLarge(exchange, maxBytes)));
	}

	private Flux<DataBuffer> countedBody(ServerWebExchange exchange, long maxBytes, Flux<DataBuffer> body) {
		AtomicLong seen = new AtomicLong();
		Flux<DataBuffer> counted = body.handle((buffer, sink) -> {
			long total = seen.addAndGet(buffer.readableByteCount());
			if (total <= maxBytes) {
				sink.next(buffer);
				return;
			}
			DataBufferUtils.release(buffer);
			if (total > maxBytes + SWALLOW_BYTES) {
				sink.error(tooLarge(exchange, maxBytes));
			}
		});
		return counted.concatWith(
				Mono.defer(() -> (seen.get() > maxBytes) ? Mono.error(tooLarge(exchange, maxBytes)) : Mono.empty()));
	}

	private static ContentTooLargeException tooLarge(ServerWebExchange exchange, long maxBytes) {
		// The rest of the body may still be on its way: never reuse this connection.
		exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
		return new ContentTooLargeException(
				new DataBufferLimitException("Request body exceeds " + maxBytes + " bytes"));
	}

}
