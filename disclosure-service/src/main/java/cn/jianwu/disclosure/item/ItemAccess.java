package cn.jianwu.disclosure.item;

import java.util.Collection;
import java.util.Set;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;

/**
 * Who may read the working copy of an item, which holds the unredacted original: its own
 * department's authors and section heads, and the roles that approve, publish or
 * supervise across departments. Everyone else reads the published, redacted text only.
 */
public final class ItemAccess {

	private static final Set<StaffRole> ACROSS_DEPARTMENTS = Set.of(StaffRole.DIVISION_LEADER, StaffRole.CHIEF,
			StaffRole.PRESS_OFFICER, StaffRole.SUPERVISOR, StaffRole.ADMIN);

	private static final Set<StaffRole> OWN_DEPARTMENT = Set.of(StaffRole.CLERK, StaffRole.SECTION_HEAD);

	private ItemAccess() {
	}

	/** Whether members with these roles read any item's working copy at all. */
	public static boolean mayReadItems(Collection<StaffRole> roles) {
		return roles.stream().anyMatch((role) -> ACROSS_DEPARTMENTS.contains(role) || OWN_DEPARTMENT.contains(role));
	}

	/**
	 * The department whose items this member may list, or {@code null} for all of them.
	 */
	public static String listableDepartment(StaffMember who) {
		if (who.hasAny(ACROSS_DEPARTMENTS)) {
			return null;
		}
		if (who.hasAny(OWN_DEPARTMENT)) {
			return who.department();
		}
		throw DisclosureException.forbidden("您的岗位无权查看公开事项的审批材料。");
	}

	public static void checkCanRead(DisclosureItem item, StaffMember who) {
		String department = listableDepartment(who);
		if (department != null && !department.equals(item.content().department())) {
			throw DisclosureException.forbidden("只能查看本部门（" + who.department() + "）的公开事项审批材料。");
		}
	}

}
