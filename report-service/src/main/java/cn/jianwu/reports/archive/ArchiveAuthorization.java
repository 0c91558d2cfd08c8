package cn.jianwu.reports.archive;

import java.util.Set;
import java.util.function.Supplier;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may do what with the volumes: the office (its staff, and administrators) and the
 * supervision group seal them (seed §三b(二): the office 汇总立卷); the leadership also reads
 * them. Other staff do not: a volume holds every item of a department, internal ones
 * included.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveAuthorization {

	static final Set<String> SEALERS = Set.of(StaffRole.ADMIN.name(), StaffRole.SUPERVISOR.name());

	static final Set<String> READERS = Set.of(StaffRole.ADMIN.name(), StaffRole.SUPERVISOR.name(),
			StaffRole.CHIEF.name(), StaffRole.DIVISION_LEADER.name());

	@Bean
	AuthorizationRules archiveAuthorizationRules(
			@Value("${jianwu.reports.office-department}") String officeDepartment) {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/reports/archives", "/api/reports/archives/**")
			.access(allowed(READERS, officeDepartment))
			.requestMatchers("/api/reports/archives", "/api/reports/archives/**")
			.access(allowed(SEALERS, officeDepartment));
	}

	/** Staff with one of the roles, or of the office. */
	private static AuthorizationManager<RequestAuthorizationContext> allowed(Set<String> roles, String office) {
		return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
			boolean granted = StaffIdentity.of(authentication.get())
				.map((staff) -> office.equals(staff.department()) || staff.roles().stream().anyMatch(roles::contains))
				.orElse(false);
			return new AuthorizationDecision(granted);
		};
	}

}
