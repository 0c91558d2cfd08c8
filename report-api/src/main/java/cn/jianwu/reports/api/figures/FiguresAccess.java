package cn.jianwu.reports.api.figures;

import java.util.Collection;
import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;

/**
 * Who reads the figures: case management, which reports them (定期统计、通报), the supervision
 * group, the chief and division leaders it reports to, and administrators. report-service
 * enforces it; the console offers the page to them alone.
 */
public final class FiguresAccess {

	public static final List<StaffRole> READERS = List.of(StaffRole.CASE_MANAGER, StaffRole.SUPERVISOR, StaffRole.CHIEF,
			StaffRole.DIVISION_LEADER, StaffRole.ADMIN);

	private FiguresAccess() {
	}

	/**
	 * @param roles the role names a staff token carries
	 */
	public static boolean readBy(Collection<String> roles) {
		return READERS.stream().anyMatch((role) -> roles.contains(role.name()));
	}

}
