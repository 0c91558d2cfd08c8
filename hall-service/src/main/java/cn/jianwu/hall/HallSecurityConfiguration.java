package cn.jianwu.hall;

import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.platform.security.PlatformHttpSecurity;
import cn.jianwu.platform.web.ClientAddresses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Public (a token sent is not even read): submitting and looking up a
 * message, the bookable services and their slots, booking and everything done with a
 * booking or sign-up code, signing up, and {@code /api/public/**}.
 * {@code /api/hall/staff/**}: staff, each feature narrowing its own paths by role with
 * {@link AuthorizationRules} beans (which come first). {@code /internal/**}
 * (channel-wechat's API, never routed by the gateway): only from the channel adapters'
 * addresses ({@code jianwu.hall.throttle.channel-callers}). Paths outside these are left
 * to Spring MVC, which answers 404.
 */
@Configuration(proxyBeanMethods = false)
class HallSecurityConfiguration {

	static final String[] PUBLIC = { "/api/hall/messages", "/api/hall/messages/lookup", "/api/hall/services/**",
			"/api/hall/appointments", "/api/hall/appointments/*", "/api/hall/activities/*/sign-ups",
			"/api/hall/activities/sign-ups/*", "/api/public/**", "/internal/**" };

	@Bean
	SecurityFilterChain hallSecurityFilterChain(HttpSecurity http, PlatformHttpSecurity platform,
			ClientAddresses clients) throws Exception {
		return platform.apply(http)
			.oauth2ResourceServer(
					(server) -> server.bearerTokenResolver(PlatformHttpSecurity.bearerTokenIgnoredOn(PUBLIC)))
			.authorizeHttpRequests((rules) -> rules
				.requestMatchers(HttpMethod.POST, "/api/hall/messages", "/api/hall/messages/lookup",
						"/api/hall/appointments", "/api/hall/appointments/*", "/api/hall/activities/*/sign-ups",
						"/api/hall/activities/sign-ups/*")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/hall/services/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/public/**")
				.permitAll()
				.requestMatchers("/api/hall/staff/**")
				.authenticated()
				.requestMatchers("/internal/**")
				.access((authentication,
						context) -> new AuthorizationDecision(clients.isChannelCaller(context.getRequest())))
				.anyRequest()
				.permitAll())
			.build();
	}

}
