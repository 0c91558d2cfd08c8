package cn.jianwu.portal.casequery;

/**
 * How a public query ended.
 *
 * @param kind what happened
 * @param information the case, for {@link Kind#FOUND} only
 * @param retryAfterSeconds for {@link Kind#THROTTLED}, how long to wait (0 when unknown)
 */
public record CaseQueryOutcome(Kind kind, CaseInformation information, long retryAfterSeconds) {

	static CaseQueryOutcome found(CaseInformation information) {
		return new CaseQueryOutcome(Kind.FOUND, information, 0);
	}

	static CaseQueryOutcome of(Kind kind) {
		return new CaseQueryOutcome(kind, null, 0);
	}

	/** What happened. */
	public enum Kind {

		/** The code and the digits matched a case. */
		FOUND,
		/**
		 * Any failure of the pair (unknown code, wrong digits, revoked, locked out): the
		 * service answers them all alike, and so does the portal.
		 */
		REFUSED,
		/** Too many queries from this client: try later. */
		THROTTLED,
		/** The service did not answer. */
		UNAVAILABLE

	}

}
