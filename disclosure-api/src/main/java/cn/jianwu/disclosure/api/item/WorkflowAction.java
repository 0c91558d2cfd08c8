package cn.jianwu.disclosure.api.item;

/**
 * What staff do to an item: the entries of its timeline, and what the service says the
 * caller may do next ({@link StaffItem#allowedActions()}).
 */
public enum WorkflowAction {

	CREATE("起草"), EDIT("修改"), SUBMIT("提交审核"), APPROVE("同意"), REJECT("退回修改"), PUBLISH("发布"), WITHDRAW("撤回"),
	REDELIVER("要求渠道重新发布"), CLEAR_NAME("姓名不作匿名处理"), CLEAR_MINOR("涉及未成年人提示经核实可公开"),
	/** An approver confirms by hand an attachment the redaction check could not read. */
	MANUAL_CHECK("人工确认附件");

	private final String label;

	WorkflowAction(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
