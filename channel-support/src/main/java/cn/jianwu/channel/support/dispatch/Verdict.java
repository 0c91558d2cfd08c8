package cn.jianwu.channel.support.dispatch;

import java.time.Duration;

import cn.jianwu.channel.support.ledger.LedgerStatus;

/**
 * What becomes of a claimed row once its calls are over: it ends in a status, or it goes
 * back to the queue for a while without counting as a failure.
 */
sealed interface Verdict {

	/** Shown to staff next to the status. */
	String reason();

	/**
	 * The row ends in {@code status}.
	 *
	 * @param deadLetter whether the event also goes to the dead-letter topic
	 */
	record Finish(LedgerStatus status, String externalRef, String reason, boolean deadLetter) implements Verdict {
	}

	/** The row waits in the queue for {@code after}, then is claimed again. */
	record Defer(Duration after, String reason) implements Verdict {
	}

}
