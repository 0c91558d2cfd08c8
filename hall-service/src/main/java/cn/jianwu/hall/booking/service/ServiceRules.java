package cn.jianwu.hall.booking.service;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Defining a bookable service is for hall officers and administrators. */
@Configuration(proxyBeanMethods = false)
class ServiceRules {

	@Bean
	AuthorizationRules serviceDefinitionRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/hall/staff/services")
			.hasAnyRole(StaffRole.HALL_OFFICER.name(), StaffRole.ADMIN.name())
			.requestMatchers(HttpMethod.PUT, "/api/hall/staff/services/*")
			.hasAnyRole(StaffRole.HALL_OFFICER.name(), StaffRole.ADMIN.name());
	}

}
