package cn.jianwu.events;

import java.time.Instant;

/**
 * The department sent a message's procedural answer (程序性答复). channel-wechat sends it to a
 * WeChat writer after fetching it from hall-service; the event itself never carries the
 * text or the writer.
 *
 * @param messageId the message's id
 * @param kind what it is about
 * @param channel where it was written
 * @param acknowledgedAt when the procedural answer was sent
 */
public record HallMessageAcknowledged(String messageId, MessageKind kind, SubmissionChannel channel,
		Instant acknowledgedAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.messageId;
	}

}
