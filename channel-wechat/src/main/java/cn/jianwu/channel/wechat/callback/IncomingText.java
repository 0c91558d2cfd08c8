package cn.jianwu.channel.wechat.callback;

/**
 * A text a follower sent to the account.
 *
 * @param openId who sent it (personal data: never log it)
 * @param content what they wrote; {@code null} when they have just followed the account
 */
public record IncomingText(String openId, String content) {

	@Override
	public String toString() {
		return "IncomingText[" + ((this.content != null) ? this.content.length() : 0) + " chars]";
	}

}
