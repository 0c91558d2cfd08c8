package cn.jianwu.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import cn.jianwu.gateway.requestid.RequestIdWebFilter;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every error the gateway raises itself into a Problem Details answer. Ordered
 * before Boot's default handler, whose answers are neither Problem Details nor free of
 * exception messages. Details stay in the server log, keyed by the request id.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private final ProblemWriter writer;

	ProblemErrorWebExceptionHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			// Too late for a problem body; let the server close the connection.
			return Mono.error(ex);
		}
		ProblemDetail problem = toProblem(ex);
		String requestId = exchange.getAttribute(RequestIdWebFilter.ATTRIBUTE);
		if (problem.getStatus() >= 500) {
			log.error("Request {} failed with status {}", requestId, problem.getStatus(), ex);
		}
		else {
			log.debug("Request {} rejected with status {}: {}", requestId, problem.getStatus(), ex.toString());
		}
		HttpHeaders headers = response.getHeaders();
		// Headers of a half-written downstream answer must not leak into the problem.
		headers.remove(HttpHeaders.CONTENT_LENGTH);
		headers.remove(HttpHeaders.CONTENT_TYPE);
		if (ex instanceof ResponseStatusException statusException) {
			// e.g. Allow on 405: the one header a client needs to recover.
			statusException.getHeaders().forEach(headers::put);
		}
		if (problem.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			// The rate limiter's X-RateLimit-* headers are already on the response.
			headers.set(HttpHeaders.RETRY_AFTER, "1");
		}
		return this.writer.write(exchange, problem);
	}

	/**
	 * Maps an exception to the problem shown to the public.
	 * @param ex what went wrong
	 * @return the problem, without any exception text
	 */
	static ProblemDetail toProblem(Throwable ex) {
		if (ex instanceof DataBufferLimitException) {
			return ProblemKind.PAYLOAD_TOO_LARGE.toProblem();
		}
		if (ex instanceof HttpClientErrorException.TooManyRequests) {
			// RequestRateLimiter with throwOnLimit: a client over its rate.
			return ProblemKind.TOO_MANY_REQUESTS.toProblem();
		}
		if (!(ex instanceof ResponseStatusException statusException)) {
			return ProblemKind.INTERNAL_ERROR.toProblem();
		}
		HttpStatusCode status = statusException.getStatusCode();
		return switch (status.value()) {
			case 401 -> ProblemKind.UNAUTHORIZED.toProblem();
			case 403 -> ProblemKind.FORBIDDEN.toProblem();
			case 404 -> ProblemKind.NOT_FOUND.toProblem();
			case 405 -> ProblemKind.METHOD_NOT_ALLOWED.toProblem();
			case 413 -> ProblemKind.PAYLOAD_TOO_LARGE.toProblem();
			case 429 -> ProblemKind.TOO_MANY_REQUESTS.toProblem();
			case 502, 503, 504 -> ProblemKind.SERVICE_UNAVAILABLE.toProblem(status);
			default -> status.is4xxClientError() ? ProblemKind.BAD_REQUEST.toProblem(status)
					: ProblemKind.INTERNAL_ERROR.toProblem(status);
		};
	}

}
