package cn.jianwu.hall.api.wechat;

/**
 * What channel-wechat sends a WeChat writer when a message was acknowledged or answered
 * ({@code GET /internal/hall/messages/{id}/wechat-reply}).
 *
 * @param openid the follower
 * @param text the message to send (plain text)
 */
public record WechatReply(String openid, String text) {

}
