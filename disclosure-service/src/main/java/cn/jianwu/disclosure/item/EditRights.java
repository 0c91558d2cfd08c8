package cn.jianwu.disclosure.item;

import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;

/**
 * Who may draft or change an item, and when, apart from the repository: authors of the
 * item's own department; a draft, a published or a withdrawn item, never one in approval
 * or approved and waiting (an approver sends it back first); and never into another
 * department.
 */
final class EditRights {

	private EditRights() {
	}

	static void checkAuthor(StaffMember who, String department) {
		if (!who.hasAny(ItemService.AUTHORS)) {
			throw DisclosureException.forbidden("只有承办人员（书记员、科室负责人、新闻发言人）可以起草或修改公开事项。");
		}
		if (!department.equals(who.department())) {
			throw DisclosureException.forbidden("只能为本部门（" + who.department() + "）起草或修改公开事项。");
		}
	}

	static void checkEditable(DisclosureItem item) {
		if (item.status().isPending() || item.status() == ItemStatus.APPROVED) {
			throw DisclosureException.invalidTransition("审批中或已批准待发布的事项不能修改；如需修改，请由审批人退回。");
		}
	}

	static void checkSameDepartment(DisclosureItem item, ItemContent changed) {
		if (!changed.department().equals(item.content().department())) {
			throw DisclosureException.invalid("不能更改事项的责任部门。");
		}
	}

}
