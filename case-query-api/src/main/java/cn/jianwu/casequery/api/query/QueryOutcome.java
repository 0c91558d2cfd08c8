package cn.jianwu.casequery.api.query;

/**
 * How a query ended, as the audit keeps it and the {@code case.queries} events carry it
 * (by name). The public sees only success or one uniform failure; the distinction between
 * the failures is for the supervision group and the case-management figures.
 */
public enum QueryOutcome {

	SUCCESS("成功"),

	/** No credential has this code. */
	UNKNOWN_CODE("查询码不存在"),

	/** The code is known but the ID number's last four do not match. */
	WRONG_ID("身份证号后四位不符"),

	/** The credential was revoked, or its person removed from the case. */
	REVOKED("已注销"),

	/** The code is locked after too many failures (even a right pair is refused). */
	LOCKED("已锁定"),

	/** The client asked too often and was not checked at all. */
	THROTTLED("请求过于频繁"),

	/** Desk query: no case with this number. */
	NOT_FOUND("案件不存在");

	private final String label;

	QueryOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether it counts as a failed attempt (a throttled request was never checked). */
	public boolean isFailure() {
		return this != SUCCESS && this != THROTTLED;
	}

}
