package cn.jianwu.hall.intake;

import java.time.Instant;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageSubmission;

/**
 * A submission checked and ready to be recorded.
 *
 * @param submission what was written
 * @param channel where
 * @param wechatOpenid the WeChat follower who wrote it, or {@code null}
 * @param routing where it starts
 * @param codes the writer's codes
 * @param receivedAt when
 */
public record NewMessage(MessageSubmission submission, SubmissionChannel channel, String wechatOpenid,
		InitialRouting routing, Codes codes, Instant receivedAt) {

	@Override
	public String toString() {
		// the submission is personal data: a record must never be logged whole
		return "NewMessage[" + this.submission.kind() + ", " + this.channel + "]";
	}

}
