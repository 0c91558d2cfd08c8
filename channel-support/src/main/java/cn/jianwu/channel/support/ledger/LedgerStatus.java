package cn.jianwu.channel.support.ledger;

import cn.jianwu.events.DeliveryStatus;

/** Where a ledger row stands. */
public enum LedgerStatus {

	/**
	 * Waiting its turn (new, deferred by the rate limiter or an open circuit, or retried
	 * by staff).
	 */
	QUEUED(null),
	/**
	 * A call may have reached the channel without an answer (it timed out, or the
	 * instance died mid-call): the row waits its turn like a queued one, but before any
	 * new call the channel is asked whether the post already exists.
	 */
	IN_DOUBT(null),
	/** Claimed by one instance until its lease ends (renewed while it works). */
	IN_PROGRESS(null),
	/** The channel accepted it and reports the result later. */
	AWAITING_RESULT(null), DELIVERED(DeliveryStatus.DELIVERED), RETRACTED(DeliveryStatus.RETRACTED),
	FAILED(DeliveryStatus.FAILED), SKIPPED(DeliveryStatus.SKIPPED);

	private final DeliveryStatus reported;

	LedgerStatus(DeliveryStatus reported) {
		this.reported = reported;
	}

	/** The status staff see, or {@code null} while the row is still being worked on. */
	public DeliveryStatus reported() {
		return this.reported;
	}

	public boolean isFinal() {
		return this.reported != null;
	}

	/**
	 * Whether a post in this status is, or may soon be, shown on the channel (and a
	 * withdrawal must take it down).
	 */
	public boolean mayBeShown() {
		return this == DELIVERED || this == IN_PROGRESS || this == AWAITING_RESULT;
	}

}
