package cn.jianwu.reports.inspection;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with inspection reports: the supervision group signs off (seed §三b(三));
 * the group and administrators generate drafts and enter findings; the institution's
 * leaders also read.
 */
@Configuration(proxyBeanMethods = false)
class InspectionAuthorization {

	static final String[] SIGNERS = { StaffRole.SUPERVISOR.name() };

	static final String[] WRITERS = { StaffRole.SUPERVISOR.name(), StaffRole.ADMIN.name() };

	static final String[] READERS = { StaffRole.SUPERVISOR.name(), StaffRole.ADMIN.name(), StaffRole.CHIEF.name(),
			StaffRole.DIVISION_LEADER.name() };

	@Bean
	AuthorizationRules inspectionAuthorizationRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/reports/inspections/*/sign-off")
			.hasAnyRole(SIGNERS)
			.requestMatchers(HttpMethod.GET, "/api/reports/inspections", "/api/reports/inspections/**")
			.hasAnyRole(READERS)
			.requestMatchers("/api/reports/inspections", "/api/reports/inspections/**")
			.hasAnyRole(WRITERS);
	}

}
