package cn.jianwu.gateway.fallback;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import cn.jianwu.gateway.problem.ProblemKind;
import cn.jianwu.gateway.problem.ProblemWriter;
import cn.jianwu.gateway.requestid.RequestIdWebFilter;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers for a service whose circuit breaker gave up on it (refused connection, time
 * limit, open circuit): a 503 problem the public can read, never the cause.
 */
@Component
class FallbackHandler {

	private static final Logger log = LoggerFactory.getLogger(FallbackHandler.class);

	private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z-]{0,31}");

	private final ProblemWriter writer;

	FallbackHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	Mono<ServerResponse> fallback(ServerRequest request) {
		Throwable cause = request.exchange()
			.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		String service = request.pathVariable("service");
		if (cause == null || !SERVICE_NAME.matcher(service).matches()) {
			// Only a circuit breaker forwards here; a caller typing the path gets the
			// same answer as for any other unknown path.
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		ResponseStatusException clientError = findClientError(cause);
		if (clientError != null) {
			// The caller's fault (e.g. a body over the limit), not the service's.
			return Mono.error(clientError);
		}
		log.warn("Service {} unavailable for request {}: {}", service,
				request.exchange().getAttribute(RequestIdWebFilter.ATTRIBUTE), cause.toString());
		ProblemDetail problem = ProblemKind.SERVICE_UNAVAILABLE.toProblem();
		problem.setProperty("service", service);
		return this.writer.response(request.exchange(), problem);
	}

	private static ResponseStatusException findClientError(Throwable cause) {
		for (Throwable t = cause; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof ResponseStatusException rse && rse.getStatusCode().is4xxClientError()) {
				return rse;
			}
		}
		return null;
	}

}
