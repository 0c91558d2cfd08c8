package cn.jianwu.disclosure.workflow;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.disclosure.delivery.RedeliveryService;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.disclosure.staff.StaffMember;

/**
 * What a member of staff may do to an item now, asked of the very rules that refuse the
 * action when it is taken: the console offers what these allow and re-derives nothing.
 * Whether the content may move on (exemptions, identifiers, privacy decisions) is checked
 * when it is submitted or approved, and explained then.
 */
public final class NextActions {

	private NextActions() {
	}

	/**
	 * @param history the item's audit trail
	 * @param attachments the working revision's attachments as the member reads them
	 */
	public static List<WorkflowAction> of(DisclosureItem item, StaffMember who, List<AuditEntry> history,
			List<StaffItem.Attachment> attachments) {
		List<WorkflowAction> allowed = new ArrayList<>();
		if (ItemService.refusalToEdit(item, who).isEmpty()) {
			allowed.add(WorkflowAction.EDIT);
		}
		if (WorkflowService.refusalToSubmit(item, who).isEmpty()) {
			allowed.add(WorkflowAction.SUBMIT);
		}
		if (WorkflowService.refusalToDecide(item, who, history).isEmpty()) {
			allowed.add(WorkflowAction.APPROVE);
			allowed.add(WorkflowAction.REJECT);
		}
		if (WorkflowService.refusalToWithdraw(item, who).isEmpty()) {
			allowed.add(WorkflowAction.WITHDRAW);
		}
		if (RedeliveryService.refusalToRedeliver(item, who).isEmpty()) {
			allowed.add(WorkflowAction.REDELIVER);
		}
		if (attachments.stream().anyMatch((attachment) -> attachment.allows(WorkflowAction.MANUAL_CHECK))) {
			allowed.add(WorkflowAction.MANUAL_CHECK);
		}
		return List.copyOf(allowed);
	}

}
