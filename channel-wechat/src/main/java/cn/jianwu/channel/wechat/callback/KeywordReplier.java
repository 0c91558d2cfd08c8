package cn.jianwu.channel.wechat.callback;

/**
 * Answers the texts that begin with its keyword (e.g. {@code 留言}) before the general
 * {@link TextMessageReplier} sees them: each feature that owns a keyword declares one
 * bean of this type. The same time limit applies (about 4 s, then no reply).
 */
public interface KeywordReplier {

	/** The word a text must begin with, after leading white space. */
	String keyword();

	/**
	 * @param message the follower's text, whole
	 * @param rest what follows the keyword, without the white space and punctuation that
	 * separate it ({@code "留言：…"}, {@code "留言 …"}); empty when nothing follows
	 * @return the reply text, or {@code null} for none
	 */
	String reply(IncomingText message, String rest);

}
