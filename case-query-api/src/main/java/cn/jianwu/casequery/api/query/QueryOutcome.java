package cn.jianwu.casequery.audit;

/**
 * How a query ended, as the audit keeps it. The public sees only success or one uniform
 * failure; the distinction between the failures is for the supervision group.
 */
public enum QueryOutcome {

	SUCCESS,

	/** No credential has this code. */
	UNKNOWN_CODE,

	/** The code is known but the ID number's last four do not match. */
	WRONG_ID,

	/** The credential was revoked, or its person removed from the case. */
	REVOKED,

	/** The code is locked after too many failures (even a right pair is refused). */
	LOCKED,

	/** The client asked too often and was not checked at all. */
	THROTTLED,

	/** Desk query: no case with this number. */
	NOT_FOUND;

	public boolean isFailure() {
		return this != SUCCESS && this != THROTTLED;
	}

}
