package cn.jianwu.hall.feedback;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.stereotype.Component;

/**
 * Whose messages a member of staff may list: the office (which triages everything), the
 * hall officers, the supervisors and the administrators every department's; everyone else
 * their own department's.
 */
@Component
public class StaffReach {

	private final HallDepartments departments;

	StaffReach(HallDepartments departments) {
		this.departments = departments;
	}

	/** The one department the member may list, or {@code null} for every department. */
	public String department(StaffIdentity staff) {
		if (this.departments.inOffice(staff) || staff.hasRole(StaffRole.HALL_OFFICER.name())
				|| staff.hasRole(StaffRole.SUPERVISOR.name()) || staff.hasRole(StaffRole.ADMIN.name())) {
			return null;
		}
		return (staff.department() != null) ? staff.department() : "";
	}

	/** Whether the member may list the messages of a department. */
	public boolean reaches(StaffIdentity staff, String department) {
		String own = department(staff);
		return own == null || own.equals(department);
	}

}
