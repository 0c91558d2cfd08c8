package cn.jianwu.gateway.pathguard;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Keeps tricks out of the services' internals. Routes match path prefixes, so without
 * this a path such as {@code /api/cases/../../actuator/env} or
 * {@code /api/cases/..;/actuator} would match the case-query route, and the service's own
 * path normalisation could then land on its actuator. Any dot segment, encoded slash or
 * {@code actuator} segment is answered 404 like an unknown path, except the gateway's own
 * {@code /actuator/...}, which no route can reach anyway.
 */
@Component
class PathGuardWebFilter implements WebFilter, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (isRejected(exchange.getRequest().getPath().pathWithinApplication())) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return chain.filter(exchange);
	}

	/**
	 * Whether a path must not be served.
	 * @param path the request path
	 * @return {@code true} for a path that tries to escape a route's prefix or reach a
	 * service's actuator
	 */
	static boolean isRejected(PathContainer path) {
		List<PathContainer.Element> elements = path.elements();
		boolean first = true;
		for (PathContainer.Element element : elements) {
			if (!(element instanceof PathContainer.PathSegment segment)) {
				continue;
			}
			// Decoded and without matrix variables: "%2e%2e;x=1" is "..".
			String value = segment.valueToMatch();
			if (value.equals(".") || value.equals("..") || value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
				return true;
			}
			boolean gatewayActuator = first && value.equals("actuator");
			if (!gatewayActuator && value.toLowerCase(Locale.ROOT).equals("actuator")) {
				return true;
			}
			first = false;
		}
		return false;
	}

}
