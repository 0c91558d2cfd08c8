package cn.jianwu.channel.support;

/**
 * A channel call failed in a way that trying again cannot fix (content rejected, bad
 * credentials): no retry, a dead letter and a {@code FAILED} report at once.
 */
public class PermanentChannelException extends RuntimeException {

	/**
	 * @param reason what went wrong, in words staff can act on (Chinese), without
	 * personal data
	 */
	public PermanentChannelException(String reason) {
		super(reason);
	}

	public PermanentChannelException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
