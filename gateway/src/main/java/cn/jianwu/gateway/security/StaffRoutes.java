package cn.jianwu.gateway.security;

import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The routes only staff may use (docs/architecture.md "HTTP contract"): the disclosure
 * items and the redaction preview, the hall's handling of messages and open calls
 * ({@code /api/hall/staff/}), the accountability reports ({@code /api/reports/}), and the
 * case-management staff's case data. Under {@code /api/cases/} only the public case query
 * ({@code /api/cases/query}) is open; any other case path (upsert, procedural events,
 * desk query, and whatever is added later) needs a token, so that a new staff endpoint is
 * never public by accident. Everything else the gateway routes (login, public reading,
 * search, hotline, WeChat, portal, the hall's submission and lookup) is public.
 */
final class StaffRoutes {

	private static final ServerWebExchangeMatcher PUBLIC_CASE_QUERY = ServerWebExchangeMatchers
		.pathMatchers("/api/cases/query", "/api/cases/query/**");

	static final ServerWebExchangeMatcher MATCHER = new OrServerWebExchangeMatcher(
			ServerWebExchangeMatchers.pathMatchers("/api/disclosures/**", "/api/redaction/**", "/api/hall/staff/**",
					"/api/reports/**"),
			new AndServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/cases/**"),
					new NegatedServerWebExchangeMatcher(PUBLIC_CASE_QUERY)));

	private StaffRoutes() {
	}

}
