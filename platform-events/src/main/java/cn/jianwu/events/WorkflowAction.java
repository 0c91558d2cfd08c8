package cn.jianwu.events;

/**
 * What staff (or the system) do to a disclosure item: the entries of its timeline and
 * audit trail, what disclosure-service says the caller may do next, and the action of a
 * {@link DisclosureStepRecorded} that the reports count. Named here once.
 */
public enum WorkflowAction {

	CREATE("起草"), EDIT("修改"), SUBMIT("提交审核"), APPROVE("同意"), REJECT("退回修改"), PUBLISH("发布"), WITHDRAW("撤回"),
	REDELIVER("要求渠道重新发布"), CLEAR_NAME("姓名不作匿名处理"), CLEAR_MINOR("涉及未成年人提示经核实可公开"),
	/** An approver confirms by hand an attachment the redaction check could not read. */
	MANUAL_CHECK("人工确认附件"),
	/**
	 * A submission or approval was refused because an unredacted identifier or an
	 * exemption remained; the comment says which rule.
	 */
	REFUSE("因未脱敏或涉及不公开情形被拒绝");

	private final String label;

	WorkflowAction(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
