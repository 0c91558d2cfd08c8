package cn.jianwu.channel.support;

import java.time.Duration;

/**
 * The channel refused the call because a limit of its own is spent (Weibo's hourly
 * posting limit): not a failure, so the delivery waits in the queue and is tried again
 * after {@code retryAfter}, without using up retries or counting against the circuit.
 */
public class ChannelThrottledException extends RuntimeException {

	private final Duration retryAfter;

	/**
	 * @param reason what staff see while it waits (Chinese)
	 * @param retryAfter when to try again
	 */
	public ChannelThrottledException(String reason, Duration retryAfter) {
		super(reason);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
