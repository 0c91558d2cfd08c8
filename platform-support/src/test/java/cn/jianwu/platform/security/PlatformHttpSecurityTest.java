package cn.jianwu.platform.security;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service chain built with {@link PlatformHttpSecurity}, run through the real security
 * filters: a feature's {@link AuthorizationRules} apply, refusals are Problem Details,
 * and nothing creates a session.
 */
class PlatformHttpSecurityTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PlatformSecurityAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withUserConfiguration(ServiceChain.class);

	@Test
	void noTokenIsAnUnauthorizedProblem() {
		this.runner.run((context) -> {
			MockHttpServletResponse response = call(context.getBean("springSecurityFilterChain", Filter.class),
					"/clerks/1", null);
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
			assertThat(response.getContentAsString()).isEqualTo(
					"{\"type\":\"https://jianwu.cn/problems/unauthorized\",\"title\":\"未登录或登录已过期\",\"status\":401,"
							+ "\"detail\":\"请登录后再试；如已登录，登录可能已过期，请重新登录。\",\"instance\":\"/clerks/1\"}");
		});
	}

	@Test
	void badTokenIsAnUnauthorizedProblemNamingTheToken() {
		this.runner.run((context) -> {
			MockHttpServletResponse response = call(context.getBean("springSecurityFilterChain", Filter.class),
					"/clerks/1", "forged");
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
			assertThat(response.getContentAsString()).contains("https://jianwu.cn/problems/unauthorized");
		});
	}

	@Test
	void aFeaturesRuleLetsItsRoleIn() {
		this.runner.run((context) -> {
			MockHttpServletRequest request = request("/clerks/1", "clerk");
			MockFilterChain chain = new MockFilterChain();
			context.getBean("springSecurityFilterChain", Filter.class)
				.doFilter(request, new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).as("the request reached the application").isNotNull();
			assertThat(request.getSession(false)).isNull();
		});
	}

	@Test
	void aRoleTheCallerLacksIsAForbiddenProblem() {
		this.runner.run((context) -> {
			MockHttpServletResponse response = call(context.getBean("springSecurityFilterChain", Filter.class),
					"/chiefs/1", "clerk");
			assertThat(response.getStatus()).isEqualTo(403);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat(response.getContentAsString()).contains("\"type\":\"https://jianwu.cn/problems/forbidden\"")
				.contains("无权执行此操作");
		});
	}

	private static MockHttpServletResponse call(Filter filter, String path, String token) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request(path, token), response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String path, String token) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (token != null) {
			request.addHeader("Authorization", "Bearer " + token);
		}
		return request;
	}

	@Configuration(proxyBeanMethods = false)
	static class ServiceChain {

		/** Knows one token: a clerk's. */
		@Bean
		JwtDecoder jwtDecoder() {
			return (token) -> {
				if (!"clerk".equals(token)) {
					throw new BadJwtException("unknown token");
				}
				return Jwt.withTokenValue(token)
					.header("alg", "RS256")
					.subject("clerk1")
					.claim("roles", List.of("CLERK"))
					.issuedAt(Instant.now())
					.expiresAt(Instant.now().plusSeconds(60))
					.build();
			};
		}

		@Bean
		AuthorizationRules featureRules() {
			return (rules) -> rules.requestMatchers("/clerks/**")
				.hasRole("CLERK")
				.requestMatchers("/chiefs/**")
				.hasRole("CHIEF");
		}

		@Bean
		SecurityFilterChain serviceChain(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
			return platform.apply(http).authorizeHttpRequests((rules) -> rules.anyRequest().authenticated()).build();
		}

	}

}
