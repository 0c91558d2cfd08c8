package cn.jianwu.gateway.forwarding;

import cn.jianwu.platform.web.InternalHeaders;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Removes the platform's internal headers ({@link InternalHeaders}) from every request
 * the gateway forwards. They are meant for the platform's own parts calling each other
 * directly; from the internet, {@code X-Query-Channel: HOTLINE} would claim the hotline's
 * larger allowance and {@code X-Channel-User} would pick a fresh throttle bucket.
 */
@Component
class InternalHeadersFilter implements HttpHeadersFilter, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		if (InternalHeaders.ALL.stream().noneMatch(input::containsHeader)) {
			return input;
		}
		HttpHeaders updated = HttpHeaders.copyOf(input);
		InternalHeaders.ALL.forEach(updated::remove);
		return updated;
	}

}
