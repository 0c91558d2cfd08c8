package cn.jianwu.hall.booking.staff;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Confirming or refusing a lawyer's booking is for the case managers, hall officers and
 * administrators; moving or cancelling a slot for hall officers and administrators.
 */
@Configuration(proxyBeanMethods = false)
class StaffBookingRules {

	@Bean
	AuthorizationRules appointmentDecisionRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.POST, "/api/hall/staff/appointments/*/confirm",
					"/api/hall/staff/appointments/*/refuse")
			.hasAnyRole(StaffRole.CASE_MANAGER.name(), StaffRole.HALL_OFFICER.name(), StaffRole.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/api/hall/staff/services/*/slots/move",
					"/api/hall/staff/services/*/slots/cancel")
			.hasAnyRole(StaffRole.HALL_OFFICER.name(), StaffRole.ADMIN.name());
	}

}
