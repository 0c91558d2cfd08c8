package cn.jianwu.hall.api.call;

/** A step in the life of an open call, as its audit trail records it. */
public enum CallAction {

	OPEN_CALL("发起征集"), CLOSE_CALL("征集截止"), PUBLISH_RESULTS("公布征集结果");

	private final String label;

	CallAction(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
