package cn.jianwu.events;

import java.time.Instant;

/**
 * One procedural query was answered or refused. Never the code, the case or the person:
 * only what the case-management figures count (queries by channel, success rate,
 * lock-outs).
 *
 * @param queryId a fresh id per query (the record key, so that queries spread over the
 * partitions)
 * @param channel case-query-api's {@code QueryChannel} name
 * @param outcome case-query-api's {@code QueryOutcome} name
 * @param lockedNow whether this failure locked the code
 * @param at when
 */
public record CaseQueried(String queryId, String channel, String outcome, boolean lockedNow,
		Instant at) implements PlatformEvent {

	@Override
	public String key() {
		return this.queryId;
	}

}
