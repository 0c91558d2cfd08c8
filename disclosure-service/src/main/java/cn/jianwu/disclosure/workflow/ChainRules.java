package cn.jianwu.disclosure.workflow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.staff.StaffRole;

/**
 * Who may move an item along the approval chain (seed §三) and what each move needs, apart
 * from the repository and the audit trail that feed it: the authors of the item's own
 * department submit; each step's role decides, a section head only for their own
 * department; nobody decides on what they drafted or edited, nor approves the same
 * revision twice (a reject starts the count again); a reject says what to change; only
 * division leaders and the chief withdraw, a live item, with a reason.
 */
final class ChainRules {

	static final Set<StaffRole> WITHDRAWERS = Set.of(StaffRole.DIVISION_LEADER, StaffRole.CHIEF);

	private static final Set<String> AUTHORING = Set.of("CREATE", "EDIT", "SUBMIT");

	private ChainRules() {
	}

	static void checkSubmitter(DisclosureItem item, StaffMember who) {
		if (!who.hasAny(ItemService.AUTHORS) || !who.department().equals(item.content().department())) {
			throw DisclosureException.forbidden("只有" + item.content().department() + "的承办人员可以提交该事项。");
		}
	}

	/**
	 * @param history the item's audit trail, every revision
	 */
	static void checkDecider(DisclosureItem item, ApprovalStep step, StaffMember who, List<AuditEntry> history) {
		if (!who.has(step.role())) {
			throw DisclosureException.forbidden("当前环节为" + step.label() + "，您没有相应的审批权限。");
		}
		if (step.ownDepartmentOnly() && !item.content().department().equals(who.department())) {
			throw DisclosureException.forbidden("只有" + item.content().department() + "的科室负责人可以审核该事项。");
		}
		List<AuditEntry> thisRevision = history.stream()
			.filter((entry) -> entry.revision() == item.revision())
			.toList();
		Set<String> authors = thisRevision.stream()
			.filter((entry) -> AUTHORING.contains(entry.action()))
			.map(AuditEntry::actor)
			.collect(Collectors.toSet());
		if (authors.contains(who.username()) || item.createdBy().equals(who.username())
				|| item.editedBy().equals(who.username())) {
			throw DisclosureException.forbidden("不能审批本人起草或修改的事项（审批与承办须分离）。");
		}
		// A reject sends the item back: approvals before it no longer count.
		long lastReject = thisRevision.stream()
			.filter((entry) -> "REJECT".equals(entry.action()))
			.mapToLong(AuditEntry::seq)
			.max()
			.orElse(0);
		boolean approvedBefore = thisRevision.stream()
			.anyMatch((entry) -> "APPROVE".equals(entry.action()) && entry.seq() > lastReject
					&& entry.actor().equals(who.username()));
		if (approvedBefore) {
			throw DisclosureException.forbidden("您已在前一审批环节同意过该事项，同一人不能重复审批。");
		}
	}

	static void checkRejection(String comment) {
		if (comment == null || comment.isBlank()) {
			throw DisclosureException.invalid("退回时请填写退回意见，说明需要修改的内容。");
		}
	}

	static void checkWithdrawal(DisclosureItem item, StaffMember who, String reason) {
		if (!who.hasAny(WITHDRAWERS)) {
			throw DisclosureException.forbidden("只有分管领导或检察长可以撤回已公开的事项。");
		}
		if (reason == null || reason.isBlank()) {
			throw DisclosureException.invalid("撤回时请填写撤回理由。");
		}
		if (!item.isLive()) {
			throw DisclosureException.invalidTransition("该事项当前没有已公开的版本，无需撤回。");
		}
	}

}
