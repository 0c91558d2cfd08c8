package cn.jianwu.disclosure.api.identity;

/**
 * What a member of staff may do in the console at all, as disclosure-service's rules say
 * from their roles (the approval steps they decide at are {@code decidesAt}); what they
 * may do with one item is that item's {@code allowedActions}.
 */
public enum StaffCapability {

	/** Drafts, edits and submits items. */
	DRAFT("起草和提交公开事项"),
	/** Reads the items' working copies and the item lists. */
	READ_ITEMS("查看公开事项审批材料");

	private final String label;

	StaffCapability(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
