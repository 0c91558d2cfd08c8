package cn.jianwu.reports.figures;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reads the figures: case management, which reports them (定期统计、通报), the supervision
 * group, the chief and division leaders it reports to, and administrators.
 */
@Configuration(proxyBeanMethods = false)
class FiguresAuthorization {

	static final String[] READERS = { StaffRole.CASE_MANAGER.name(), StaffRole.ADMIN.name(),
			StaffRole.SUPERVISOR.name(), StaffRole.CHIEF.name(), StaffRole.DIVISION_LEADER.name() };

	@Bean
	AuthorizationRules figuresAuthorizationRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/reports/figures", "/api/reports/figures/**")
			.hasAnyRole(READERS);
	}

}
