package cn.jianwu.channel.bulletin;

import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.platform.security.PlatformHttpSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service's security chain. The bulletin, the screens' pages and their event streams
 * are open: the service is reachable from the internal network only, and the hall screens
 * are unattended browsers that cannot sign in. Features guard their own staff endpoints
 * with {@link AuthorizationRules} beans (the screen registry needs {@code ADMIN}), which
 * come before the rule here.
 * <p>
 * Pages load scripts and styles from this service only and never inline, so the content
 * security policy forbids everything else.
 */
@Configuration(proxyBeanMethods = false)
class BulletinSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain bulletinSecurityFilterChain(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
		return platform.apply(http)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.authorizeHttpRequests((rules) -> rules.anyRequest().permitAll())
			.build();
	}

}
