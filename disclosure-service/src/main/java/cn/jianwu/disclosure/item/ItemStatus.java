package cn.jianwu.disclosure.item;

/** Where an item is in the approval chain. */
public enum ItemStatus {

	DRAFT, PENDING_REVIEW, PENDING_APPROVAL, PENDING_CHIEF, APPROVED, PUBLISHED, WITHDRAWN;

	public boolean isPending() {
		return this == PENDING_REVIEW || this == PENDING_APPROVAL || this == PENDING_CHIEF;
	}

}
