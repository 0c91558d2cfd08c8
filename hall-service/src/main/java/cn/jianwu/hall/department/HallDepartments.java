package cn.jianwu.hall.department;

import java.util.List;

import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The departments of the hall ({@code jianwu.hall.departments}): the office that triages
 * every message, the department complaints and reports go to unless the office decides
 * otherwise, and every department the office may assign to.
 *
 * @param office the triaging department (办公室)
 * @param complaints the department of complaints and reports (控告申诉检察部)
 * @param all every department a message may be assigned to
 */
@ConfigurationProperties("jianwu.hall.departments")
public record HallDepartments(String office, String complaints, List<String> all) {

	public HallDepartments {
		all = List.copyOf(all);
	}

	/** Whether the member of staff belongs to the office. */
	public boolean inOffice(StaffIdentity staff) {
		return this.office.equals(staff.department());
	}

	/** Whether a message may be assigned there. */
	public boolean exists(String department) {
		return this.all.contains(department);
	}

}
