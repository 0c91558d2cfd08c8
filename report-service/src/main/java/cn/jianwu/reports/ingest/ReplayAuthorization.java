package cn.jianwu.reports.ingest;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only administrators rebuild the read model: while it runs, the reports see it
 * half-filled.
 */
@Configuration(proxyBeanMethods = false)
class ReplayAuthorization {

	@Bean
	AuthorizationRules replayAuthorizationRules() {
		return (rules) -> rules.requestMatchers(ReplayController.PATH).hasRole(StaffRole.ADMIN.name());
	}

}
