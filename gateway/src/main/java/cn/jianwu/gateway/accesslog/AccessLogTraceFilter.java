package cn.jianwu.gateway.accesslog;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import reactor.core.publisher.Mono;

import cn.jianwu.gateway.tracing.ServerSpans;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Hands the trace context of the request's server observation to its access-log line, so
 * that the line can be found from a trace and the trace from the line. The observation
 * lives in the exchange, which {@link AccessLogHttpHandlerDecorator} cannot see.
 */
@Component
public class AccessLogTraceFilter implements WebFilter, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return Mono.deferContextual((context) -> {
			context.<TraceSlot>getOrEmpty(TraceSlot.class).ifPresent((slot) -> slot.fill(traceContext(exchange)));
			return chain.filter(exchange);
		});
	}

	private static TraceContext traceContext(ServerWebExchange exchange) {
		Span span = ServerSpans.of(exchange);
		return (span != null) ? span.context() : null;
	}

}
