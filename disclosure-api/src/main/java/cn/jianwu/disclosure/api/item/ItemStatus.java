package cn.jianwu.disclosure.api.item;

/** Where an item is in the approval chain. */
public enum ItemStatus {

	DRAFT("草稿"), PENDING_REVIEW("待科室负责人审核"), PENDING_APPROVAL("待分管领导审批"), PENDING_CHIEF("待检察长审批"), APPROVED("已批准待发布"),
	PUBLISHED("已公开"), WITHDRAWN("已撤回");

	private final String label;

	ItemStatus(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	/** Whether an approver decides on the item now. */
	public boolean isPending() {
		return this == PENDING_REVIEW || this == PENDING_APPROVAL || this == PENDING_CHIEF;
	}

}
