package cn.jianwu.channel.support;

/**
 * A channel call failed in a way that may work when tried again: retried with back-off,
 * and counted by the circuit breaker.
 * <p>
 * A call that was sent but got no answer (a read timeout, a connection lost after the
 * request went out) is {@linkplain #unanswered(String, Throwable) unanswered}: the
 * channel may have acted on it, so the delivery is in doubt and asks the channel before
 * it calls again. A call that never left (connection refused) or got an error answer is
 * not.
 */
public class TransientChannelException extends RuntimeException {

	private final boolean unanswered;

	/**
	 * @param reason what went wrong, in words staff can act on (Chinese), without
	 * personal data
	 */
	public TransientChannelException(String reason) {
		this(reason, null, false);
	}

	public TransientChannelException(String reason, Throwable cause) {
		this(reason, cause, false);
	}

	private TransientChannelException(String reason, Throwable cause, boolean unanswered) {
		super(reason, cause);
		this.unanswered = unanswered;
	}

	/** A call that reached the channel, or may have, and got no answer. */
	public static TransientChannelException unanswered(String reason, Throwable cause) {
		return new TransientChannelException(reason, cause, true);
	}

	public boolean isUnanswered() {
		return this.unanswered;
	}

}
