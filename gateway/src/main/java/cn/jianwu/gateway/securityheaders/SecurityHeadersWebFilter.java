package cn.jianwu.gateway.securityheaders;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Security headers on every response. Spring Cloud Gateway's SecureHeaders filter only
 * runs on routed requests, so the gateway's own 404/413 problems and actuator answers
 * would go without; a web filter covers them all. Values are set just before commit so
 * that one policy holds whatever a service sends, and headers that name server software
 * are dropped.
 */
@Component
class SecurityHeadersWebFilter implements WebFilter, Ordered {

	private final SecurityHeadersProperties properties;

	SecurityHeadersWebFilter(SecurityHeadersProperties properties) {
		this.properties = properties;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			apply(exchange.getResponse().getHeaders());
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private void apply(HttpHeaders headers) {
		headers.set("Strict-Transport-Security", this.properties.strictTransportSecurity());
		headers.set("Content-Security-Policy", this.properties.contentSecurityPolicy());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Frame-Options", "DENY");
		headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.remove("Server");
		headers.remove("X-Powered-By");
		headers.remove("X-AspNet-Version");
	}

}
