package cn.jianwu.hall.handling;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The roles the handling paths need beyond a staff token: verifying the audit trail is
 * for the supervision group and administrators; the department rules of each step are
 * checked by {@link Duties}.
 */
@Configuration(proxyBeanMethods = false)
class HandlingAuthorization {

	static final String AUDIT_VERIFY = "/api/hall/staff/audit/verify";

	static final String WECHAT_REPLY = "/internal/hall/messages/{id}/wechat-reply";

	@Bean
	AuthorizationRules handlingRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, AUDIT_VERIFY)
			.hasAnyRole(StaffRole.SUPERVISOR.name(), StaffRole.ADMIN.name());
	}

}
