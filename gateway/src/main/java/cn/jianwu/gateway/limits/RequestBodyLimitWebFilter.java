package cn.jianwu.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Rejects request bodies above {@code jianwu.gateway.max-body-size} with 413. A declared
 * Content-Length is checked up front; a chunked body has no length to check, so it is
 * counted while it streams. Without the second check a client could push an unbounded
 * body through the gateway (the circuit breaker's fallback buffers request bodies in
 * memory).
 * <p>
 * Like Tomcat's {@code maxSwallowSize}, a moderate excess is read and thrown away before
 * answering: closing a connection with unread bytes makes the kernel reset it, and the
 * client then loses the 413 it was about to read. Beyond that allowance the connection is
 * simply cut.
 */
@Component
class RequestBodyLimitWebFilter implements WebFilter, Ordered {

	static final long SWALLOW_BYTES = DataSize.ofMegabytes(2).toBytes();

	private final long maxBytes;

	RequestBodyLimitWebFilter(RequestLimitsProperties properties) {
		this.maxBytes = properties.maxBodySize().toBytes();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long declared = request.getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return rejectDeclared(exchange, declared);
		}
		ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> countedBody(exchange, super.getBody()));
			}

		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

	private Mono<Void> rejectDeclared(ServerWebExchange exchange, long declared) {
		ServerHttpRequest request = exchange.getRequest();
		boolean waitsForContinue = "100-continue".equalsIgnoreCase(request.getHeaders().getFirst("Expect"));
		if (waitsForContinue || declared > this.maxBytes + SWALLOW_BYTES) {
			// Reading would invite (or wait for) the whole upload; answer right away.
			return Mono.error(tooLarge(exchange));
		}
		return request.getBody().doOnNext(DataBufferUtils::release).then(Mono.error(() -> tooLarge(exchange)));
	}

	private Flux<DataBuffer> countedBody(ServerWebExchange exchange, Flux<DataBuffer> body) {
		AtomicLong seen = new AtomicLong();
		Flux<DataBuffer> counted = body.handle((buffer, sink) -> {
			long total = seen.addAndGet(buffer.readableByteCount());
			if (total <= this.maxBytes) {
				sink.next(buffer);
				return;
			}
			DataBufferUtils.release(buffer);
			if (total > this.maxBytes + SWALLOW_BYTES) {
				sink.error(tooLarge(exchange));
			}
		});
		return counted
			.concatWith(Mono.defer(() -> (seen.get() > this.maxBytes) ? Mono.error(tooLarge(exchange)) : Mono.empty()));
	}

	private ContentTooLargeException tooLarge(ServerWebExchange exchange) {
		// The rest of the body may still be on its way: never reuse this connection.
		exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
		return new ContentTooLargeException(
				new DataBufferLimitException("Request body exceeds " + this.maxBytes + " bytes"));
	}

}
