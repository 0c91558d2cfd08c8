package cn.jianwu.casequery.audit;

import java.time.Instant;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.api.query.QueryOutcome;

/**
 * One audited query. Never a query code or an ID number.
 *
 * @param at when
 * @param channel where from
 * @param outcome how it ended
 * @param lockedNow whether this failure locked the code
 * @param clientHash keyed hash of the client (see {@code KeyedHash#client}), or
 * {@code null}
 * @param caseNumber the case shown (successful queries and desk queries only)
 * @param officer desk queries: the officer's username
 * @param visitorIdLast4 desk queries: the last four characters of the visitor's ID number
 */
public record AuditEntry(Instant at, QueryChannel channel, QueryOutcome outcome, boolean lockedNow, String clientHash,
		String caseNumber, String officer, String visitorIdLast4) {

	public static AuditEntry query(Instant at, QueryChannel channel, QueryOutcome outcome, boolean lockedNow,
			String clientHash, String caseNumber) {
		return new AuditEntry(at, channel, outcome, lockedNow, clientHash, caseNumber, null, null);
	}

}
