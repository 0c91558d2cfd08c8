package cn.jianwu.search.security;

import cn.jianwu.platform.security.PlatformHttpSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service's security chain. Open: the public search and its completions (tokens sent
 * along are ignored there, so a stale one never turns a search into a 401), the
 * actuator's health, info and metrics. The rebuild ({@code /api/search/admin/**}) needs a
 * staff token with the role {@code ADMIN}; any other {@code /api/} path a valid token.
 */
@Configuration(proxyBeanMethods = false)
class SearchSecurityConfiguration {

	static final String[] PUBLIC = { "/api/search", "/api/search/suggest" };

	@Bean
	SecurityFilterChain searchSecurityFilterChain(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
		return platform.apply(http)
			.oauth2ResourceServer(
					(server) -> server.bearerTokenResolver(PlatformHttpSecurity.bearerTokenIgnoredOn(PUBLIC)))
			.authorizeHttpRequests((rules) -> rules.requestMatchers(PUBLIC)
				.permitAll()
				.requestMatchers("/api/search/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.build();
	}

}
