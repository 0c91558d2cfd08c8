package cn.jianwu.reports;

import cn.jianwu.platform.security.PlatformHttpSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. {@code /api/reports/**}: staff only, each feature narrowing its own
 * paths by role with {@code AuthorizationRules} beans (which come first). Nothing here is
 * public: the annual report reaches the public as a disclosure item. Paths outside these
 * are left to Spring MVC, which answers 404.
 */
@Configuration(proxyBeanMethods = false)
class ReportSecurityConfiguration {

	@Bean
	SecurityFilterChain reportSecurityFilterChain(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
		return platform.apply(http)
			.authorizeHttpRequests(
					(rules) -> rules.requestMatchers("/api/reports/**").authenticated().anyRequest().permitAll())
			.build();
	}

}
