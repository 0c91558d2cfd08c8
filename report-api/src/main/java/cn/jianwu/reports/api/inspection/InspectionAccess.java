package cn.jianwu.reports.api.inspection;

import java.util.Collection;
import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;

/**
 * Who may do what with the half-yearly inspection reports: the supervision group signs
 * off (seed §三b(三)); the group and administrators generate drafts and enter findings; the
 * institution's leaders also read. report-service enforces it; the console offers the
 * page to the readers alone.
 */
public final class InspectionAccess {

	public static final List<StaffRole> SIGNERS = List.of(StaffRole.SUPERVISOR);

	public static final List<StaffRole> WRITERS = List.of(StaffRole.SUPERVISOR, StaffRole.ADMIN);

	public static final List<StaffRole> READERS = List.of(StaffRole.SUPERVISOR, StaffRole.ADMIN, StaffRole.CHIEF,
			StaffRole.DIVISION_LEADER);

	private InspectionAccess() {
	}

	/**
	 * @param roles the role names a staff token carries
	 */
	public static boolean readBy(Collection<String> roles) {
		return READERS.stream().anyMatch((role) -> roles.contains(role.name()));
	}

	/** The role names, as Spring Security's {@code hasAnyRole} takes them. */
	public static String[] names(List<StaffRole> roles) {
		return roles.stream().map(StaffRole::name).toArray(String[]::new);
	}

}
