package cn.jianwu.casequery.query;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.platform.web.ClientAddresses;

/**
 * One attempt to look a case up with a credential.
 *
 * @param queryCode the 12 digits (never logged, never stored)
 * @param idLast4 the last four of the ID number, upper case
 * @param channel where from
 * @param clientKey who (see {@link ClientAddresses}); only its keyed hash is kept
 */
public record QueryAttempt(String queryCode, String idLast4, QueryChannel channel, String clientKey) {

	@Override
	public String toString() {
		return "QueryAttempt[" + this.channel + "]";
	}

}
