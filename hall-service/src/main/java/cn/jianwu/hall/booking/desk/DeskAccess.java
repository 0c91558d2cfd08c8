package cn.jianwu.hall.booking.desk;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.stereotype.Component;

/**
 * Who sees a service's bookings (and so the people behind them) and checks them in: the
 * hall's officers and the office, the case managers who confirm lawyers' bookings, the
 * supervision group and administrators see every service; other staff only the services
 * of their own department.
 */
@Component
class DeskAccess {

	private final HallDepartments departments;

	DeskAccess(HallDepartments departments) {
		this.departments = departments;
	}

	boolean seesAll(StaffIdentity staff) {
		return staff.hasRole(StaffRole.HALL_OFFICER.name()) || staff.hasRole(StaffRole.ADMIN.name())
				|| staff.hasRole(StaffRole.CASE_MANAGER.name()) || staff.hasRole(StaffRole.SUPERVISOR.name())
				|| this.departments.inOffice(staff);
	}

	boolean sees(StaffIdentity staff, String serviceDepartment) {
		return seesAll(staff) || (staff.department() != null && staff.department().equals(serviceDepartment));
	}

}
