package cn.jianwu.hall.call;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may open a call and publish its results: the clerks and section heads of a
 * department, the hall officers and the administrators. Reading calls and their responses
 * is open to all staff.
 */
@Configuration(proxyBeanMethods = false)
class CallRules {

	static final String[] WRITERS = { StaffRole.CLERK.name(), StaffRole.SECTION_HEAD.name(),
			StaffRole.HALL_OFFICER.name(), StaffRole.ADMIN.name() };

	@Bean
	AuthorizationRules callAuthorizationRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.POST, "/api/hall/staff/calls", "/api/hall/staff/calls/*/results")
			.hasAnyRole(WRITERS);
	}

}
