package cn.jianwu.hall.activity;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with activities: hall officers and administrators schedule, cancel,
 * check in, report and enter opinions; supervisors also read — the sign-ups and the
 * attendance file hold personal data, so no other staff do.
 */
@Configuration(proxyBeanMethods = false)
class ActivityAuthorization {

	static final String[] WRITERS = { StaffRole.HALL_OFFICER.name(), StaffRole.ADMIN.name() };

	static final String[] READERS = { StaffRole.HALL_OFFICER.name(), StaffRole.ADMIN.name(),
			StaffRole.SUPERVISOR.name() };

	@Bean
	AuthorizationRules activityAuthorizationRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/hall/staff/activities", "/api/hall/staff/activities/**")
			.hasAnyRole(READERS)
			.requestMatchers("/api/hall/staff/activities", "/api/hall/staff/activities/**")
			.hasAnyRole(WRITERS);
	}

}
