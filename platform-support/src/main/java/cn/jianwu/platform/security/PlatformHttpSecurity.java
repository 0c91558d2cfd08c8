package cn.jianwu.platform.security;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The parts of a service's security chain that every service shares, so that a service
 * declares only its own rules:
 *
 * <pre>
 * &#64;Bean
 * SecurityFilterChain api(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
 *     return platform.apply(http)
 *         .authorizeHttpRequests((rules) -&gt; rules.requestMatchers("/api/public/**").permitAll()
 *             .requestMatchers("/api/**").authenticated()
 *             .anyRequest().permitAll())
 *         .build();
 * }
 * </pre>
 *
 * Applied: bearer tokens validated by the platform's {@link JwtDecoder} and turned into
 * {@code ROLE_*} authorities ({@link StaffAuthenticationConverter}); stateless, no
 * session, no CSRF token (nothing is authenticated by cookie), no form or basic login;
 * 401 and 403 as Problem Details ({@link SecurityProblems}). Rules: the actuator's
 * {@code health}, {@code info}, {@code prometheus} and {@code outbox} are open (the
 * actuator is reachable on the internal network only, and none of them shows content),
 * error dispatches are open (they only render the error of a request that was already let
 * in), then every {@link AuthorizationRules} bean. Nothing else is decided here.
 */
public class PlatformHttpSecurity {

	private final JwtDecoder decoder;

	private final StaffAuthenticationConverter converter;

	private final List<AuthorizationRules> rules;

	public PlatformHttpSecurity(JwtDecoder decoder, StaffAuthenticationConverter converter,
			List<AuthorizationRules> rules) {
		this.decoder = decoder;
		this.converter = converter;
		this.rules = List.copyOf(rules);
	}

	/**
	 * Applies the shared parts.
	 * @param http the service's builder
	 * @return the same builder, for the service's own rules
	 * @throws Exception as {@link HttpSecurity} does
	 */
	public HttpSecurity apply(HttpSecurity http) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(SecurityProblems.authenticationEntryPoint())
						.accessDeniedHandler(SecurityProblems.accessDeniedHandler()))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(this.decoder).jwtAuthenticationConverter(this.converter))
				.authenticationEntryPoint(SecurityProblems.authenticationEntryPoint())
				.accessDeniedHandler(SecurityProblems.accessDeniedHandler()))
			.authorizeHttpRequests((authorize) -> {
				authorize.requestMatchers(EndpointRequest.to("health", "info", "prometheus", "outbox"))
					.permitAll()
					.dispatcherTypeMatchers(DispatcherType.ERROR)
					.permitAll();
				this.rules.forEach((rule) -> rule.customize(authorize));
			});
	}

	/**
	 * A bearer token resolver that ignores the {@code Authorization} header on the given
	 * paths, so that a stale token sent along to a public endpoint (the login itself, a
	 * key set) does not turn the answer into a 401. Use it with
	 * {@code http.oauth2ResourceServer((server) -> server.bearerTokenResolver(...))}.
	 * @param patterns path patterns, e.g. {@code /api/auth/token}
	 * @return the resolver
	 */
	public static BearerTokenResolver bearerTokenIgnoredOn(String... patterns) {
		RequestMatcher ignored = new OrRequestMatcher(
				Arrays.stream(patterns).map((p) -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(p)).toList());
		DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
		return (HttpServletRequest request) -> ignored.matches(request) ? null : standard.resolve(request);
	}

}
