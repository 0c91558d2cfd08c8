package cn.jianwu.channel.bulletin.screens;

import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screen registry and status are for ADMIN only. */
@Configuration(proxyBeanMethods = false)
class ScreenAdminRules {

	@Bean
	AuthorizationRules screenAdministration() {
		return (rules) -> rules.requestMatchers("/screens/admin/**").hasRole("ADMIN");
	}

}
