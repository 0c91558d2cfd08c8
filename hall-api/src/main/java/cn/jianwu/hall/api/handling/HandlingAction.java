package cn.jianwu.hall.api.handling;

/**
 * A step of a message's handling. The office triages ({@link #ASSIGN}, {@link #MERGE},
 * {@link #REFER}); the department's clerk acknowledges and drafts; the section head
 * approves or returns the answer, never their own.
 */
public enum HandlingAction {

	RECEIVE("接收"), ASSIGN("分办"), MERGE("合并重复留言"), REFER("告知非本院管辖"), ACKNOWLEDGE("程序性答复"), DRAFT_ANSWER("起草答复"),
	SUBMIT_ANSWER("提交审核"), APPROVE_ANSWER("审核通过"), RETURN_ANSWER("退回修改");

	private final String label;

	HandlingAction(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
