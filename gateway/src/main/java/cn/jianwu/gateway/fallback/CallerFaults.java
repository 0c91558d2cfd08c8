package cn.jianwu.gateway.fallback;

import java.util.function.Predicate;

import org.springframework.web.server.ResponseStatusException;

/**
 * What the circuit breakers must not count against a service: the caller's own fault,
 * such as a body over its route's limit that turns up while it streams. Counted, a few
 * oversized uploads would open a service's breaker for everyone. Named in
 * {@code resilience4j.circuitbreaker.configs.default.ignore-exception-predicate}.
 */
public class CallerFaults implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		return clientError(failure) != null;
	}

	/**
	 * The 4xx status exception in a failure's causes, if any.
	 * @param failure what went wrong
	 * @return the caller's fault, or {@code null} when the service failed
	 */
	static ResponseStatusException clientError(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof ResponseStatusException rse && rse.getStatusCode().is4xxClientError()) {
				return rse;
			}
		}
		return null;
	}

}
