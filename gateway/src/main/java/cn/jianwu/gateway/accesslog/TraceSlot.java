package cn.jianwu.gateway.accesslog;

import io.micrometer.tracing.TraceContext;

/**
 * Where {@link AccessLogTraceFilter}, inside the web handler, leaves the trace context of
 * the request's server span for the access-log line written outside it. One per request,
 * carried in the Reactor context.
 */
final class TraceSlot {

	private volatile TraceContext context;

	TraceContext context() {
		return this.context;
	}

	void fill(TraceContext context) {
		this.context = context;
	}

}
