package cn.jianwu.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Carries the request's trace on to the service it is routed to: the service's request
 * becomes a child of the gateway's server span ({@code traceparent}, sampled or not, as
 * the gateway decided). Trace headers the caller sent are replaced, never passed on.
 * <p>
 * Spring Cloud Gateway's own way (its observability, switched off in
 * {@code application.yml}) opens a second observation for every routed call, a client
 * span with its own timer and scope around a hop the server span already covers; on the
 * public case query that was a measurable share of the gateway's CPU (gateway/README.md,
 * "Performance"). Here an unsampled request costs writing one header.
 */
@Component
class TraceContextHeadersFilter implements HttpHeadersFilter, Ordered {

	private final Propagator propagator;

	TraceContextHeadersFilter(Propagator propagator) {
		this.propagator = propagator;
	}

	@Override
	public int getOrder() {
		// After the gateway's other header filters, which copy and rebuild the headers.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders headers = HttpHeaders.copyOf(input);
		this.propagator.fields().forEach(headers::remove);
		Span span = ServerSpans.of(exchange);
		if (span != null) {
			this.propagator.inject(span.context(), headers, HttpHeaders::set);
		}
		return headers;
	}

}
