package cn.jianwu.channel.support.ledger;

import java.time.Instant;

/**
 * One ledger row.
 *
 * @param round the staff-visible attempt (1, then +1 per staff retry)
 * @param changeSeq increases with every status change; reports carry the latest
 * @param doubtedSince since when a call may have reached the channel unanswered, or
 * {@code null}; such a row looks for its post before posting again
 */
public record LedgerEntry(LedgerKey key, LedgerStatus status, int round, int calls, String externalRef, String reason,
		Integer replacesRevision, StoredEvent event, long changeSeq, Instant createdAt, Instant updatedAt,
		Instant doubtedSince) {

	public boolean inDoubt() {
		return this.doubtedSince != null;
	}

}
