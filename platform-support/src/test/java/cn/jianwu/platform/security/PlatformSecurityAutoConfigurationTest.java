package cn.jianwu.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSecurityAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(PlatformSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
					SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class));

	@Test
	void servicesWithTheResourceServerGetTheDecoderTheHelperAndADefaultChain() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(JwtDecoder.class)
				.hasSingleBean(PlatformHttpSecurity.class)
				.hasSingleBean(StaffAuthenticationConverter.class)
				.hasSingleBean(SecurityProblemAdvice.class)
				.hasBean("platformDefaultSecurityFilterChain");
			assertThat(context.getBean(PlatformSecurityProperties.class).expectedIssuer())
				.isEqualTo("http://localhost:8080");
		});
	}

	@Test
	void issuerAndKeySetComeFromConfiguration() {
		this.runner
			.withPropertyValues("jianwu.security.issuer-uri=https://sso.example.test/realms/jianwu",
					"jianwu.security.audiences=jianwu")
			.run((context) -> {
				PlatformSecurityProperties properties = context.getBean(PlatformSecurityProperties.class);
				assertThat(properties.usesDiscovery()).isTrue();
				assertThat(properties.expectedIssuer()).isEqualTo("https://sso.example.test/realms/jianwu");
				assertThat(properties.requiredAudiences()).containsExactly("jianwu");
			});
	}

	@Test
	void aServicesOwnChainAndDecoderWin() {
		this.runner.withUserConfiguration(OwnChain.class).run((context) -> {
			assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("ownChain");
			assertThat(context.getBean(JwtDecoder.class)).isSameAs(context.getBean("ownDecoder"));
		});
	}

	@Test
	void servicesWithoutTheResourceServerAreUnaffected() {
		this.runner.withClassLoader(new FilteredClassLoader(BearerTokenAuthenticationFilter.class))
			.run((context) -> assertThat(context).doesNotHaveBean(PlatformHttpSecurity.class)
				.doesNotHaveBean(PlatformSecurityProperties.class)
				.doesNotHaveBean(SecurityProblemAdvice.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		JwtDecoder ownDecoder() {
			return NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:1/jwks").build();
		}

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
			return platform.apply(http).authorizeHttpRequests((rules) -> rules.anyRequest().permitAll()).build();
		}

	}

}
