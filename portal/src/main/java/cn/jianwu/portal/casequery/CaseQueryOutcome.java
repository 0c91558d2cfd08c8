package cn.jianwu.portal.casequery;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.QueryFailure;

/**
 * How a public query ended.
 *
 * @param kind what happened
 * @param information the case, for {@link Kind#FOUND} only
 * @param retryAfterSeconds for {@link Kind#THROTTLED}, how long to wait (0 when unknown)
 * @param failure for {@link Kind#REFUSED}, the service's one failure answer with the
 * lock-out it applies ({@code null} when the refusal was not that answer)
 */
public record CaseQueryOutcome(Kind kind, CaseView information, long retryAfterSeconds, QueryFailure failure) {

	static CaseQueryOutcome found(CaseView information) {
		return new CaseQueryOutcome(Kind.FOUND, information, 0, null);
	}

	static CaseQueryOutcome refused(QueryFailure failure) {
		return new CaseQueryOutcome(Kind.REFUSED, null, 0, failure);
	}

	static CaseQueryOutcome of(Kind kind) {
		return new CaseQueryOutcome(kind, null, 0, null);
	}

	/** What the reader is told when the query did not succeed. */
	public String message() {
		return switch (this.kind) {
			case FOUND -> null;
			case THROTTLED -> CaseQueryMessages.throttled(this.retryAfterSeconds);
			case UNAVAILABLE -> CaseQueryMessages.UNAVAILABLE;
			case REFUSED -> CaseQueryMessages.refused(this.failure);
		};
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
