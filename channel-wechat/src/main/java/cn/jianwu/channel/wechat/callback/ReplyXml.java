package cn.jianwu.channel.wechat.callback;

import java.time.Instant;

/** WeChat's passive reply, built by hand: text in CDATA, nothing else to escape. */
final class ReplyXml {

	private ReplyXml() {
	}

	/**
	 * @param message what is answered: the reply goes back from the account to the
	 * follower
	 */
	static String text(CallbackMessage message, String content) {
		return "<xml><ToUserName>" + cdata(message.fromUser()) + "</ToUserName><FromUserName>" + cdata(message.toUser())
				+ "</FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>" + cdata(content) + "</Content></xml>";
	}

	private static String cdata(String text) {
		String safe = (text != null) ? text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "") : "";
		return "<![CDATA[" + safe.replace("]]>", "]]]]><![CDATA[>") + "]]>";
	}

}
