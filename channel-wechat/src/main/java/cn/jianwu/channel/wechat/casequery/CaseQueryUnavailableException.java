package cn.jianwu.channel.wechat.casequery;

/**
 * case-query-service could not say whether a bound credential is still valid; the
 * notification is tried again later.
 */
class CaseQueryUnavailableException extends RuntimeException {

	CaseQueryUnavailableException(String reason) {
		super("case-query-service did not answer: " + reason);
	}

}
