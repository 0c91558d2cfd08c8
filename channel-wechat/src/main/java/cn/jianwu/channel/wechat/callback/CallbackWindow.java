package cn.jianwu.channel.wechat.callback;

import java.time.Clock;
import java.time.Duration;

/**
 * WeChat signs each push's {@code timestamp} (seconds since the epoch): a push whose
 * timestamp is further than the window from our clock, in either direction, is a
 * recording played back later (or a clock far off), and is refused. Together with
 * {@link UsedNonces}, which remembers every push of the window, no captured signature can
 * be used twice.
 */
class CallbackWindow {

	/** Longer than any epoch-seconds value for millennia; bounds what is parsed. */
	private static final int MAX_DIGITS = 12;

	private final Duration window;

	private final Clock clock;

	CallbackWindow(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	/** Whether the signed timestamp is within the window of now. */
	boolean contains(String timestamp) {
		if (timestamp == null || timestamp.isEmpty() || timestamp.length() > MAX_DIGITS
				|| !timestamp.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return false;
		}
		long distance = Math.abs(this.clock.instant().getEpochSecond() - Long.parseLong(timestamp));
		return distance <= this.window.toSeconds();
	}

	/**
	 * How long a push's nonce must be remembered: a push is fresh for the window on
	 * either side of now.
	 */
	Duration nonceMemory() {
		return this.window.multipliedBy(2);
	}

}
