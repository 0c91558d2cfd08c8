package cn.jianwu.channel.support.dispatch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the calls of one delivery may have reached the channel without an answer. A
 * call is in doubt from the moment it is made until the channel answers it; an attempt
 * the time limit gave up on (its thread interrupted) or that a newer attempt replaced
 * never clears the doubt, even if its answer comes in late.
 */
final class CallDoubt {

	private final AtomicInteger latest = new AtomicInteger();

	private volatile boolean inDoubt;

	CallDoubt(boolean inDoubt) {
		this.inDoubt = inDoubt;
	}

	boolean inDoubt() {
		return this.inDoubt;
	}

	/** A call is about to be made. @return its number, for {@link #answered} */
	int calling() {
		this.inDoubt = true;
		return this.latest.incrementAndGet();
	}

	/** The channel answered call {@code attempt}, with a result or a clear error. */
	void answered(int attempt) {
		if (!Thread.currentThread().isInterrupted() && this.latest.get() == attempt) {
			this.inDoubt = false;
		}
	}

	/** The time limit gave up waiting for the last call. */
	void timedOut() {
		this.inDoubt = true;
	}

}
