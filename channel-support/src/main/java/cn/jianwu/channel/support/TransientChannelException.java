package cn.jianwu.channel.support;

/**
 * A channel call failed in a way that may work when tried again: retried with back-off,
 * and counted by the circuit breaker.
 */
public class TransientChannelException extends RuntimeException {

	/**
	 * @param reason what went wrong, in words staff can act on (Chinese), without
	 * personal data
	 */
	public TransientChannelException(String reason) {
		super(reason);
	}

	public TransientChannelException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
