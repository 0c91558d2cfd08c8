package cn.jianwu.portal.console;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Two chains. The console ({@code /console/**}) signs staff in through disclosure-service
 * ({@link StaffLoginProvider}) and keeps them in an in-memory HTTP session (cookie
 * {@code JIANWU_CONSOLE}: HttpOnly, SameSite=Strict, path {@code /console}); every form
 * carries a CSRF token. Everything else, the public site, is left as it was: no session,
 * no CSRF, no security headers of Spring Security's (the gateway sets them, and its
 * {@code Cache-Control} would spoil the public pages' caching).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurityConfiguration {

	static final String LOGIN = "/console/login";

	/** Where a member whose attempt failed is sent, remembering what they typed. */
	static final String LAST_USERNAME = "console.lastUsername";

	/** The service's explanation of a refusal for failing too often, with the wait. */
	static final String THROTTLED = "console.loginThrottled";

	/**
	 * The only way in. As a bean it also keeps Boot from creating an in-memory user with
	 * a generated password.
	 */
	@Bean
	StaffLoginProvider staffLoginProvider(ConsoleServices services) {
		return new StaffLoginProvider(services.disclosure(), Clock.systemUTC());
	}

	@Bean
	@Order(1)
	SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, StaffLoginProvider staffLogin) throws Exception {
		return http.securityMatcher("/console", "/console/**")
			.authenticationProvider(staffLogin)
			.authorizeHttpRequests((rules) -> rules.requestMatchers(LOGIN).permitAll().anyRequest().authenticated())
			.formLogin((login) -> login.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.successHandler(success())
				.failureHandler(failure()))
			.logout((logout) -> logout.logoutUrl("/console/logout")
				.logoutSuccessUrl(LOGIN + "?logout")
				.deleteCookies(ConsoleSession.COOKIE))
			.sessionManagement((sessions) -> sessions.invalidSessionUrl(LOGIN + "?expired"))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicSecurityFilterChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((rules) -> rules.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/**
	 * Back to the console page that asked for the sign-in, by its path only: the saved
	 * address is the portal's own (behind the gateway), never one to send a browser to.
	 */
	private static AuthenticationSuccessHandler success() {
		HttpSessionRequestCache requests = new HttpSessionRequestCache();
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			SavedRequest saved = requests.getRequest(request, response);
			requests.removeRequest(request, response);
			String target = "/console";
			if (saved != null) {
				URI uri = URI.create(saved.getRedirectUrl());
				String path = uri.getRawPath();
				if (path != null && (path.equals("/console") || path.startsWith("/console/")) && !path.equals(LOGIN)) {
					target = path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				}
			}
			redirect(response, target);
		};
	}

	private static AuthenticationFailureHandler failure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			String username = request.getParameter("username");
			if (username != null && username.length() <= 64) {
				request.getSession().setAttribute(LAST_USERNAME, username.strip());
			}
			if (ex instanceof LoginThrottledException) {
				request.getSession().setAttribute(THROTTLED, ex.getMessage());
				redirect(response, LOGIN + "?throttled");
				return;
			}
			String reason = (ex instanceof AuthenticationServiceException) ? "unavailable" : "error";
			redirect(response, LOGIN + "?" + reason);
		};
	}

	private static void redirect(HttpServletResponse response, String location) throws IOException {
		response.sendRedirect(location);
	}

}
