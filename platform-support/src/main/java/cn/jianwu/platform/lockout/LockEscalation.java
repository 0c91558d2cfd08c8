package cn.jianwu.platform.lockout;

import java.time.Duration;
import java.time.Instant;

/**
 * The progressive lock-out of a code that was guessed at (a query code, a booking or
 * tracking code): each lock of the same code lasts twice as long as the one before, and
 * the {@code finalAfter}-th lock within {@code window} of the first is final: the code
 * stays locked until the desk re-issues it. Without it a lock that simply expires lets
 * someone who holds a code try every last-four value within weeks; with it they get a few
 * dozen tries before a person at the desk has to be asked.
 * <p>
 * The rule only; each service keeps the history (keyed by the code's hash, never the
 * code) where it keeps its locks.
 *
 * @param firstLock how long the first lock lasts
 * @param finalAfter the lock (counted from 1) that is final
 * @param window how long after the first lock further locks escalate; a lock after that
 * starts over
 */
public record LockEscalation(Duration firstLock, int finalAfter, Duration window) {

	/** Locks are counted from the first one for this long unless configured otherwise. */
	public static final Duration WEEK = Duration.ofDays(7);

	public LockEscalation {
		if (firstLock == null || firstLock.isNegative() || firstLock.isZero()) {
			throw new IllegalArgumentException("The first lock must last a while");
		}
		if (finalAfter < 1) {
			throw new IllegalArgumentException("The final lock is the first one at the earliest");
		}
		if (window == null || window.compareTo(firstLock) < 0) {
			throw new IllegalArgumentException("The window must be at least the first lock");
		}
	}

	/**
	 * The lock a code gets now.
	 * @param history the code's earlier locks, or {@code null}
	 * @param now the time of the lock
	 * @return the lock, with the history to keep
	 */
	public Lock next(LockHistory history, Instant now) {
		if (history != null && history.untilReissue()) {
			return new Lock(history.locks(), history.firstLockedAt(), null);
		}
		boolean escalates = history != null && remembers(history, now);
		int count = escalates ? history.locks() + 1 : 1;
		Instant first = escalates ? history.firstLockedAt() : now;
		if (count >= this.finalAfter) {
			return new Lock(count, first, null);
		}
		return new Lock(count, first, now.plus(this.firstLock.multipliedBy(1L << Math.min(count - 1, 20))));
	}

	/**
	 * Whether a history still counts (a final lock always does, until the desk re-issues
	 * the code).
	 * @param history the code's locks
	 * @param now the time
	 * @return whether the next lock escalates from it
	 */
	public boolean remembers(LockHistory history, Instant now) {
		return history.untilReissue() || now.isBefore(history.firstLockedAt().plus(this.window));
	}

	/**
	 * The code's locks in the current window.
	 *
	 * @param locks how many (at least 1)
	 * @param firstLockedAt when the first of them began
	 * @param untilReissue whether the last one is final
	 */
	public record LockHistory(int locks, Instant firstLockedAt, boolean untilReissue) {
	}

	/**
	 * One lock.
	 *
	 * @param count its number in the window (1 for the first)
	 * @param firstLockedAt when the window's first lock began
	 * @param until when it ends, or {@code null} when the code stays locked until the
	 * desk re-issues it
	 */
	public record Lock(int count, Instant firstLockedAt, Instant until) {

		public boolean untilReissue() {
			return this.until == null;
		}

		/** The history to keep after this lock. */
		public LockHistory history() {
			return new LockHistory(this.count, this.firstLockedAt, untilReissue());
		}

		/**
		 * Whether case management should hear of it: a repeated lock is no longer a
		 * person mistyping, and a final lock needs the desk.
		 */
		public boolean alerts() {
			return this.count >= 2 || untilReissue();
		}

		/**
		 * How long the lock lasts from {@code now}, or {@code otherwise} for a final one.
		 * @param now the time of the lock
		 * @param otherwise the duration to use for a final lock (e.g. how long a cache
		 * should keep it)
		 * @return the duration
		 */
		public Duration duration(Instant now, Duration otherwise) {
			return untilReissue() ? otherwise : Duration.between(now, this.until);
		}

	}

}
