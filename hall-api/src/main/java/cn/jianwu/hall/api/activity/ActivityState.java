package cn.jianwu.hall.api.activity;

/** Where an activity stands. On the wire: the name. */
public enum ActivityState {

	/** Its announcement is going through the approval chain. */
	ANNOUNCING("公告审批中"),
	/** Announced; sign-up is open, or will be, or has closed. */
	ANNOUNCED("已发布"),
	/** It took place (its start passed). */
	HELD("已举办"),
	/** Its report was published as a disclosure item. */
	REPORTED("已发布活动报道"), CANCELLED("已取消");

	private final String label;

	ActivityState(String label) {
		this.label = label;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

}
