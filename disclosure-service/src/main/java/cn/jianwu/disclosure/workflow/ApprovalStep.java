package cn.jianwu.disclosure.workflow;

import java.util.Optional;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;

/**
 * The steps of the approval chain (seed §三): who decides at each pending status and where
 * approval leads.
 */
enum ApprovalStep {

	/** 科室负责人审核: a section head of the item's own department. */
	REVIEW(ItemStatus.PENDING_REVIEW, StaffRole.SECTION_HEAD, true, "科室负责人审核"),
	/** 分管领导审批. */
	APPROVAL(ItemStatus.PENDING_APPROVAL, StaffRole.DIVISION_LEADER, false, "分管领导审批"),
	/** 重要事项报检察长审批. */
	CHIEF(ItemStatus.PENDING_CHIEF, StaffRole.CHIEF, false, "检察长审批");

	private final ItemStatus status;

	private final StaffRole role;

	private final boolean ownDepartmentOnly;

	private final String label;

	ApprovalStep(ItemStatus status, StaffRole role, boolean ownDepartmentOnly, String label) {
		this.status = status;
		this.role = role;
		this.ownDepartmentOnly = ownDepartmentOnly;
		this.label = label;
	}

	static Optional<ApprovalStep> at(ItemStatus status) {
		for (ApprovalStep step : values()) {
			if (step.status == status) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	ItemStatus status() {
		return this.status;
	}

	StaffRole role() {
		return this.role;
	}

	boolean ownDepartmentOnly() {
		return this.ownDepartmentOnly;
	}

	String label() {
		return this.label;
	}

	/** Where approving this step leads: important items go on to the chief. */
	ItemStatus next(boolean important) {
		return switch (this) {
			case REVIEW -> ItemStatus.PENDING_APPROVAL;
			case APPROVAL -> important ? ItemStatus.PENDING_CHIEF : ItemStatus.APPROVED;
			case CHIEF -> ItemStatus.APPROVED;
		};
	}

}
