package cn.jianwu.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The online service hall received a message. Never its text or its writer: only what the
 * reports count.
 *
 * @param messageId the message's id
 * @param kind what it is about
 * @param channel where it was written
 * @param receivedAt when it was committed
 * @param answerBy the last day of its answer period
 */
public record HallMessageReceived(String messageId, MessageKind kind, SubmissionChannel channel, Instant receivedAt,
		LocalDate answerBy) implements PlatformEvent {

	@Override
	public String key() {
		return this.messageId;
	}

}
