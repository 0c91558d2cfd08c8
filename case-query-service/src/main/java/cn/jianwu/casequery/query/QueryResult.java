package cn.jianwu.casequery.query;

import java.util.UUID;

/**
 * How a query ended, as the channels need it: the view, or the one uniform failure (to be
 * answered no sooner than {@link #notBefore()}), or a throttled client.
 *
 * @param kind what happened
 * @param view the public view's JSON (success only)
 * @param caseNumber the case (success only)
 * @param credentialRef the credential used (success only; for channels that bind it)
 * @param notBefore {@link System#nanoTime()} before which a failure must not be answered
 * @param untilReissue a failure because the code stays locked until the desk re-issues it
 */
public record QueryResult(Kind kind, byte[] view, String caseNumber, UUID credentialRef, long notBefore,
		boolean untilReissue) {

	static QueryResult success(byte[] view, String caseNumber, UUID credentialRef) {
		return new QueryResult(Kind.SUCCESS, view, caseNumber, credentialRef, 0, false);
	}

	static QueryResult failure(long notBefore, boolean untilReissue) {
		return new QueryResult(Kind.FAILURE, null, null, null, notBefore, untilReissue);
	}

	static QueryResult throttled() {
		return new QueryResult(Kind.THROTTLED, null, null, null, 0, false);
	}

	/** The three answers. */
	public enum Kind {

		SUCCESS, FAILURE, THROTTLED

	}

}
