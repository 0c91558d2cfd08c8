package cn.jianwu.channel.wechat.callback;

/**
 * Answers a follower's text message with a passive reply. The default points to the
 * portal and the case-query page; case lookups by message (issue 6) replace it by
 * declaring a bean of this type.
 * <p>
 * The reply must come within about 4 s: the callback answers WeChat within 5 s whatever
 * happens, and answers without a reply when this takes longer (a late answer then goes
 * out as a customer-service message, which is the implementation's business). Replies
 * over about 2 KB are known to fail.
 */
public interface TextMessageReplier {

	/**
	 * @return the reply text, or {@code null} for none
	 */
	String reply(IncomingText message);

}
