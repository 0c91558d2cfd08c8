package cn.jianwu.reports.annual;

import java.util.Set;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the annual report. The office writes it (seed §五(三) gives the
 * disclosure work's report to the office and the supervision group), and the office is a
 * department, not a role: so the rule is checked here rather than by a path rule.
 * Administrators may also write; the chief, division leaders and the supervision group
 * read.
 */
@Component
class AnnualAccess {

	private static final Set<String> READERS = Set.of(StaffRole.CHIEF.name(), StaffRole.DIVISION_LEADER.name(),
			StaffRole.SUPERVISOR.name());

	private final String office;

	AnnualAccess(@Value("${jianwu.reports.office-department}") String office) {
		this.office = office;
	}

	String office() {
		return this.office;
	}

	boolean mayWrite(StaffIdentity caller) {
		return caller.hasRole(StaffRole.ADMIN.name()) || this.office.equals(caller.department());
	}

	boolean mayRead(StaffIdentity caller) {
		return mayWrite(caller) || caller.roles().stream().anyMatch(READERS::contains);
	}

	void checkWrite(StaffIdentity caller) {
		if (!mayWrite(caller)) {
			throw AnnualProblem.forbidden();
		}
	}

	void checkRead(StaffIdentity caller) {
		if (!mayRead(caller)) {
			throw AnnualProblem.forbiddenToRead();
		}
	}

}
