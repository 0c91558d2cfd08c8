package cn.jianwu.gateway.accesslog;

import io.micrometer.tracing.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import cn.jianwu.gateway.requestid.RequestIdWebFilter;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;

/**
 * One access-log line per request. It wraps the whole HTTP handler rather than being a
 * web filter because error handlers run outside the filter chain: only here is the final
 * status (404, 413, 503 problem...) known. The query string is left out on purpose, since
 * it can carry personal data (names, ID numbers typed into a search); bodies are never
 * logged. The line carries the request's trace id (MDC {@code traceId} and
 * {@code spanId}, as in every service's log), filled in by {@link AccessLogTraceFilter}.
 */
@Component
public class AccessLogHttpHandlerDecorator implements HttpHandlerDecoratorFactory {

	/** Logger name operators filter on; it does not follow the class name on purpose. */
	public static final String LOGGER_NAME = "cn.jianwu.gateway.access";

	private static final Logger log = LoggerFactory.getLogger(LOGGER_NAME);

	@Override
	public HttpHandler apply(HttpHandler delegate) {
		return (request, response) -> {
			long start = System.nanoTime();
			TraceSlot trace = new TraceSlot();
			return delegate.handle(request, response)
				.doFinally((signal) -> logLine(request, response, signal, start, trace.context()))
				.contextWrite((context) -> context.put(TraceSlot.class, trace));
		};
	}

	private static void logLine(ServerHttpRequest request, ServerHttpResponse response, SignalType signal, long start,
			TraceContext trace) {
		if (!log.isInfoEnabled()) {
			return;
		}
		long durationMs = (System.nanoTime() - start) / 1_000_000;
		String requestId = response.getHeaders().getFirst(RequestIdWebFilter.HEADER);
		HttpStatusCode status = response.getStatusCode();
		Object shownStatus = (signal == SignalType.CANCEL) ? "cancelled" : ((status != null) ? status.value() : "-");
		if (trace != null) {
			MDC.put("traceId", trace.traceId());
			MDC.put("spanId", trace.spanId());
		}
		try {
			log.info("{} {} {} {}ms requestId={}", request.getMethod(), request.getPath().value(), shownStatus,
					durationMs, requestId);
		}
		finally {
			MDC.remove("traceId");
			MDC.remove("spanId");
		}
	}

}
