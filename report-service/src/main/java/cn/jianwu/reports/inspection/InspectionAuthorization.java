package cn.jianwu.reports.inspection;

import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.reports.api.inspection.InspectionAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Guards the inspection reports' paths with the roles {@link InspectionAccess} names.
 */
@Configuration(proxyBeanMethods = false)
class InspectionAuthorization {

	static final String[] SIGNERS = InspectionAccess.names(InspectionAccess.SIGNERS);

	static final String[] WRITERS = InspectionAccess.names(InspectionAccess.WRITERS);

	static final String[] READERS = InspectionAccess.names(InspectionAccess.READERS);

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
