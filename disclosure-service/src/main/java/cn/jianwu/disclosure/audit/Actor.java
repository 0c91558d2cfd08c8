package cn.jianwu.disclosure.audit;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.staff.StaffMember;

/**
 * Who took a step, as the audit trail and the reports record it.
 *
 * @param username the staff account, or {@code system}
 * @param role the role acted in (a {@link StaffRole} name), or {@code SYSTEM}
 * @param department the member's department, {@code null} for the system
 */
public record Actor(String username, String role, String department) {

	/** The platform itself: a scheduled publication. */
	public static final Actor SYSTEM = new Actor("system", "SYSTEM", null);

	/** A member of staff acting in one of their roles. */
	public static Actor of(StaffMember who, StaffRole role) {
		return new Actor(who.username(), role.name(), who.department());
	}

}
