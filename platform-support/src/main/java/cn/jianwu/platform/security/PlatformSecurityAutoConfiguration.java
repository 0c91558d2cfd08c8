package cn.jianwu.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff token validation for servlet services that depend on
 * {@code spring-boot-starter-security-oauth2-resource-server}; services without it are
 * not affected. Provides the {@link JwtDecoder} (issuer, key set and checks from
 * {@link PlatformSecurityProperties}), the role converter, {@link PlatformHttpSecurity}
 * for the service's own chain, and Problem Details for 401/403. A service that declares
 * no {@link SecurityFilterChain} gets one that opens the actuator's health, info and
 * metrics and requires a token everywhere else (instead of Boot's form login).
 */
@AutoConfiguration(before = { OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ HttpSecurity.class, BearerTokenAuthenticationFilter.class, JwtDecoder.class })
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
		return PlatformJwtDecoders.create(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	StaffAuthenticationConverter staffAuthenticationConverter(PlatformSecurityProperties properties) {
		return new StaffAuthenticationConverter(properties.rolesClaim(), properties.departmentClaim());
	}

	@Bean
	@ConditionalOnMissingBean
	PlatformHttpSecurity platformHttpSecurity(JwtDecoder decoder, StaffAuthenticationConverter converter,
			ObjectProvider<AuthorizationRules> rules) {
		return new PlatformHttpSecurity(decoder, converter, rules.orderedStream().toList());
	}

	@Bean
	SecurityProblemAdvice securityProblemAdvice() {
		return new SecurityProblemAdvice();
	}

	/** Used only by a service that declares no chain of its own. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	static class DefaultChainConfiguration {

		@Bean
		SecurityFilterChain platformDefaultSecurityFilterChain(HttpSecurity http, PlatformHttpSecurity platform)
				throws Exception {
			return platform.apply(http).authorizeHttpRequests((rules) -> rules.anyRequest().authenticated()).build();
		}

	}

}
