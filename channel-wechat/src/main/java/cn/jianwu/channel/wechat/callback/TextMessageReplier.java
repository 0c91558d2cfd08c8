package cn.jianwu.channel.wechat.callback;

/**
 * Answers a follower's text message with a passive reply (case lookups by message live in
 * {@code casequery}, which declares the one bean of this type).
 * <p>
 * The reply must come within about 4 s: the callback answers WeChat within 5 s whatever
 * happens, and answers without a reply when this takes longer. Replies over about 2 KB
 * are known to fail.
 */
public interface TextMessageReplier {

	/**
	 * @return the reply text, or {@code null} for none
	 */
	String reply(IncomingText message);

}
