package cn.jianwu.channel.wechat.hall;

import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.callback.IncomingText;
import cn.jianwu.channel.wechat.callback.KeywordReplier;
import cn.jianwu.channel.wechat.hall.HallClient.Submission;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A follower's text beginning with {@code 留言} becomes a message in hall-service; the
 * passive reply carries its receipt. The codes go into that reply only, never into a log.
 * When hall-service cannot take the message the follower is told so and asked to send it
 * again, so that nothing is lost without anyone knowing.
 */
@Component
class HallMessageReplier implements KeywordReplier {

	private static final Logger log = LoggerFactory.getLogger(HallMessageReplier.class);

	private final HallClient hall;

	private final String portalUrl;

	HallMessageReplier(HallClient hall, WechatProperties wechat) {
		this.hall = hall;
		this.portalUrl = wechat.portalUrl();
	}

	@Override
	public String keyword() {
		return WechatMessageRequest.KEYWORD;
	}

	@Override
	public String reply(IncomingText message, String rest) {
		if (rest.isEmpty()) {
			return HallReplies.FORMAT;
		}
		Submission submission = this.hall.submit(message.openId(), rest);
		switch (submission.kind()) {
			case RECEIVED:
				log.info("WeChat message handed to hall-service ({} chars)", rest.length());
				return HallReplies.receipt(submission.receipt(), this.portalUrl);
			case REFUSED:
				log.info("WeChat message refused by hall-service ({} chars)", rest.length());
				return HallReplies.refused(submission.detail());
			case THROTTLED:
				log.info("WeChat message throttled by hall-service");
				return HallReplies.THROTTLED;
			default:
				log.error("WeChat message of {} chars not handed to hall-service: it could not be reached or did not"
						+ " take it; the follower was asked to send it again", rest.length());
				return HallReplies.UNAVAILABLE;
		}
	}

}
