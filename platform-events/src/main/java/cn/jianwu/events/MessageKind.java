package cn.jianwu.events;

/**
 * What a member of the public writes to the online service hall about. On the wire: the
 * constant's name.
 */
public enum MessageKind {

	CONSULTATION("咨询"), SUGGESTION("意见建议"), COMPLAINT("控告申诉"), REPORT("举报"), ITEM_FEEDBACK("对公开信息的意见"),
	CALL_RESPONSE("征集意见回复");

	private final String label;

	MessageKind(String label) {
		this.label = label;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

}
