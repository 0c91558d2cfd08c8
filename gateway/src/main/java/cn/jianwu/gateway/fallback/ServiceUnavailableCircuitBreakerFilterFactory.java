package cn.jianwu.gateway.fallback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import cn.jianwu.gateway.problem.ProblemKind;
import cn.jianwu.gateway.problem.ProblemWriter;
import cn.jianwu.gateway.requestid.RequestIdWebFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerResilience4JFilterFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The routes' {@code CircuitBreaker} filter, answering for a service the breaker gave up
 * on (refused connection, time limit, open circuit, full bulkhead) with a 503 Problem the
 * public can read, naming the breaker in {@code service}, never the cause.
 * <p>
 * It replaces Spring Cloud Gateway's own filter of that name and answers in place instead
 * of forwarding to a {@code fallbackUri}: a route with a {@code fallbackUri} makes the
 * gateway cache every request body in memory so that the fallback could read it again
 * ({@code SpringCloudCircuitBreakerFilterFactory.apply} enables body caching for the
 * route), which cost CPU on every request and let a few dozen large POSTs fill the heap.
 * No answer here needs the body, so a {@code fallbackUri} is refused at start-up.
 */
@Component
class ServiceUnavailableCircuitBreakerFilterFactory extends SpringCloudCircuitBreakerResilience4JFilterFactory {

	private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableCircuitBreakerFilterFactory.class);

	private final ProblemWriter writer;

	ServiceUnavailableCircuitBreakerFilterFactory(ReactiveResilience4JCircuitBreakerFactory breakers,
			ObjectProvider<DispatcherHandler> dispatcherHandler, ProblemWriter writer) {
		super(breakers, dispatcherHandler);
		this.writer = writer;
	}

	@Override
	public GatewayFilter apply(Config config) {
		if (config.getFallbackUri() != null) {
			throw new IllegalStateException("Route " + config.getRouteId() + " has a fallbackUri, which makes the "
					+ "gateway cache every request body; its breaker answers 503 problems without one");
		}
		GatewayFilter breaker = super.apply(config);
		String service = config.getName();
		return (exchange, chain) -> breaker.filter(exchange, chain)
			.onErrorResume((ex) -> !exchange.getResponse().isCommitted(), (ex) -> {
				ResponseStatusException clientError = CallerFaults.clientError(ex);
				// The caller's fault (e.g. a body over the limit), not the service's.
				return (clientError != null) ? Mono.error(clientError) : unavailable(exchange, service, ex);
			});
	}

	private Mono<Void> unavailable(ServerWebExchange exchange, String service, Throwable cause) {
		log.warn("Service {} unavailable for request {}: {}", service,
				exchange.getAttribute(RequestIdWebFilter.ATTRIBUTE), cause.toString());
		ProblemDetail problem = ProblemKind.SERVICE_UNAVAILABLE.toProblem();
		problem.setProperty("service", service);
		return this.writer.write(exchange, problem);
	}

}
