package cn.jianwu.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/** The span of a request's server observation: what the gateway's trace ids come from. */
public final class ServerSpans {

	private ServerSpans() {
	}

	/**
	 * The request's server span.
	 * @param exchange the request
	 * @return its span, or {@code null} when tracing is off
	 */
	public static Span of(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map((observation) -> observation.<TracingObservationHandler.TracingContext>get(
					TracingObservationHandler.TracingContext.class))
			.map(TracingObservationHandler.TracingContext::getSpan)
			.orElse(null);
	}

}
