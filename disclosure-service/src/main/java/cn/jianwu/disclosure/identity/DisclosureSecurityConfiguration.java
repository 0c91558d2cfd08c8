package cn.jianwu.disclosure.identity;

import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.platform.security.PlatformHttpSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service's security chain. Open: the login and the key set, the public reading API
 * ({@code /api/public/**}), the actuator's health, info and metrics. Everything else
 * under {@code /api/} needs a valid staff token. Paths outside {@code /api/} are left to
 * Spring MVC, which answers 404 (there are none).
 * <p>
 * Features add their role rules without editing this class: with {@code @PreAuthorize} on
 * a controller method ({@code @EnableMethodSecurity} is on), or with an
 * {@link AuthorizationRules} bean for URL rules, which come before the rules here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class DisclosureSecurityConfiguration {

	static final String TOKEN = "/api/auth/token";

	static final String JWKS = "/api/auth/jwks";

	@Bean
	SecurityFilterChain disclosureSecurityFilterChain(HttpSecurity http, PlatformHttpSecurity platform)
			throws Exception {
		return platform.apply(http)
			// A stale token sent along with a login must not turn it into a 401.
			.oauth2ResourceServer(
					(server) -> server.bearerTokenResolver(PlatformHttpSecurity.bearerTokenIgnoredOn(TOKEN, JWKS)))
			.authorizeHttpRequests((rules) -> rules.requestMatchers(TOKEN, JWKS)
				.permitAll()
				.requestMatchers("/api/public/**")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.build();
	}

}
