package cn.jianwu.reports.obligation;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads the institution-wide reports: administrators, the supervision group, the
 * chief and the division leaders, and the office (by department, which URL rules cannot
 * see, so controllers ask here).
 */
@Component
public class ReportReaders {

	private static final String[] READER_ROLES = { StaffRole.ADMIN.name(), StaffRole.SUPERVISOR.name(),
			StaffRole.CHIEF.name(), StaffRole.DIVISION_LEADER.name() };

	private final ReportDepartments departments;

	ReportReaders(ReportDepartments departments) {
		this.departments = departments;
	}

	/** Whether the staff member reads reports of every department. */
	public boolean readsAll(StaffIdentity staff) {
		for (String role : READER_ROLES) {
			if (staff.hasRole(role)) {
				return true;
			}
		}
		return this.departments.inOffice(staff);
	}

	/** Whether the staff member oversees the register (ADMIN, SUPERVISOR, the office). */
	public boolean oversees(StaffIdentity staff) {
		return staff.hasRole(StaffRole.ADMIN.name()) || staff.hasRole(StaffRole.SUPERVISOR.name())
				|| this.departments.inOffice(staff);
	}

	/**
	 * @throws AccessDeniedException unless {@link #readsAll}
	 */
	public void requireReader(StaffIdentity staff) {
		if (!readsAll(staff)) {
			throw new AccessDeniedException("Reports of every department");
		}
	}

	/**
	 * @throws AccessDeniedException unless {@link #oversees}
	 */
	public void requireOverseer(StaffIdentity staff) {
		if (!oversees(staff)) {
			throw new AccessDeniedException("The overdue list");
		}
	}

}
