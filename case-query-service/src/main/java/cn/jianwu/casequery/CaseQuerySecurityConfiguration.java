package cn.jianwu.casequery;

import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.security.PlatformHttpSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Public: the case query ({@code POST /api/cases/query}) and the
 * hotline's VoiceXML documents ({@code /api/hotline/**}); a token sent to them is not
 * even read. Statistics: {@code CASE_MANAGER} or {@code SUPERVISOR}. Every other
 * {@code /api/**} path (case data, credentials, import, desk query):
 * {@code CASE_MANAGER}. {@code /internal/**} (the channel adapters' API, never routed by
 * the gateway): only from the addresses in
 * {@code jianwu.case-query.query.clients.channel-callers}. Paths outside these are left
 * to Spring MVC, which answers 404.
 */
@Configuration(proxyBeanMethods = false)
class CaseQuerySecurityConfiguration {

	static final String[] PUBLIC = { "/api/cases/query", "/api/hotline/**", "/internal/**" };

	@Bean
	SecurityFilterChain caseQuerySecurityFilterChain(HttpSecurity http, PlatformHttpSecurity platform,
			ClientAddresses clients) throws Exception {
		return platform.apply(http)
			.oauth2ResourceServer(
					(server) -> server.bearerTokenResolver(PlatformHttpSecurity.bearerTokenIgnoredOn(PUBLIC)))
			.authorizeHttpRequests((rules) -> rules.requestMatchers(HttpMethod.POST, "/api/cases/query")
				.permitAll()
				.requestMatchers("/api/hotline/**")
				.permitAll()
				.requestMatchers("/internal/**")
				.access((authentication,
						context) -> new AuthorizationDecision(clients.isChannelCaller(context.getRequest())))
				.requestMatchers(HttpMethod.GET, "/api/cases/stats", "/api/cases/alerts")
				.hasAnyRole("CASE_MANAGER", "SUPERVISOR")
				.requestMatchers("/api/**")
				.hasRole("CASE_MANAGER")
				.anyRequest()
				.permitAll())
			.build();
	}

}
