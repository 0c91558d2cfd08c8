package cn.jianwu.events;

import java.time.Instant;

/**
 * A message's answer was approved and is visible to its writer (and, where the writer
 * allowed it, to the public). channel-wechat sends it to a WeChat writer after fetching
 * it from hall-service; the event itself never carries the answer or the writer.
 *
 * @param messageId the message's id
 * @param kind what it was about
 * @param channel where it was written
 * @param answeredAt when the answer was approved
 * @param withinLimit whether it was answered by its {@code answerBy} day
 * @param workingDays working days from receipt to answer
 */
public record HallMessageAnswered(String messageId, MessageKind kind, SubmissionChannel channel, Instant answeredAt,
		boolean withinLimit, int workingDays) implements PlatformEvent {

	@Override
	public String key() {
		return this.messageId;
	}

}
