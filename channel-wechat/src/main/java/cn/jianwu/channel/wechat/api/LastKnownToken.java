package cn.jianwu.channel.wechat.api;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The access token this instance last saw in Redis or fetched itself, with the instant it
 * stops being used. When Redis cannot answer, the instance goes on with this token until
 * then instead of failing every WeChat call (and every reply that needs one) for the
 * length of the outage. Past its expiry it is never handed out: WeChat would refuse it.
 */
final class LastKnownToken implements Serializable {

	private static final long serialVersionUID = 1L;

	private final Clock clock;

	private volatile Entry entry;

	LastKnownToken(Clock clock) {
		this.clock = clock;
	}

	void remember(String token, Duration keptFor) {
		this.entry = (token != null && !keptFor.isNegative() && !keptFor.isZero())
				? new Entry(token, this.clock.instant().plus(keptFor)) : null;
	}

	void forget() {
		this.entry = null;
	}

	/** The token, or {@code null} when there is none or it has expired. */
	String token() {
		Entry current = this.entry;
		return (current != null && this.clock.instant().isBefore(current.expiresAt())) ? current.token() : null;
	}

	boolean expired() {
		return token() == null;
	}

	private record Entry(String token, Instant expiresAt) implements Serializable {

		@Override
		public String toString() {
			return "Entry[expiresAt=" + this.expiresAt + "]";
		}

	}

}
