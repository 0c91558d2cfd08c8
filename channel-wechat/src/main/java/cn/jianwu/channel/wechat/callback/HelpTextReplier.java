package cn.jianwu.channel.wechat.callback;

import cn.jianwu.channel.wechat.WechatProperties;

/**
 * Until followers can look up their case by message, every text gets the same short help:
 * where the disclosures are and where the case query is.
 */
class HelpTextReplier implements TextMessageReplier {

	private final String text;

	HelpTextReplier(WechatProperties properties) {
		this.text = "您好，这里是检务公开服务号。\n" + "· 检务公开信息请访问：" + properties.portalUrl() + "\n" + "· 案件程序性信息请使用查询码在此查询："
				+ properties.caseQueryUrl() + "\n" + "本公众号暂不支持通过消息查询案件，请勿在消息中发送身份证号等个人信息。";
	}

	@Override
	public String reply(IncomingText message) {
		return this.text;
	}

}
