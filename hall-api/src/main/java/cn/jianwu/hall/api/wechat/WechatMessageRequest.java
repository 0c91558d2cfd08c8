package cn.jianwu.hall.api.wechat;

/**
 * A follower's WeChat text that begins with {@link #KEYWORD}, handed over by
 * channel-wechat ({@code POST /internal/hall/wechat-messages}, never routed by the
 * gateway). It becomes a {@code SUGGESTION}-kind message of channel {@code WECHAT} tied
 * to the openid, which receives the acknowledgement and the answer.
 *
 * @param openid the follower
 * @param text the text after the keyword
 */
public record WechatMessageRequest(String openid, String text) {

	/** The word a follower starts a message with. */
	public static final String KEYWORD = "留言";

}
