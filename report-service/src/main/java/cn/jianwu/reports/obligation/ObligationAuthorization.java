package cn.jianwu.reports.obligation;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may change the register: administrators and the supervision group. Reading is for
 * any staff at the URL level; the controllers narrow it by role and department
 * ({@link ReportReaders}), since the office is a department, not a role.
 */
@Configuration(proxyBeanMethods = false)
class ObligationAuthorization {

	@Bean
	AuthorizationRules obligationAuthorizationRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/reports/obligations")
			.hasAnyRole(StaffRole.ADMIN.name(), StaffRole.SUPERVISOR.name())
			.requestMatchers(HttpMethod.PUT, "/api/reports/obligations/*")
			.hasAnyRole(StaffRole.ADMIN.name(), StaffRole.SUPERVISOR.name());
	}

}
