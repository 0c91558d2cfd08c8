package cn.jianwu.hall.api.message;

import java.time.Instant;
import java.time.LocalDate;

import cn.jianwu.events.MessageKind;

/**
 * What a writer sees of their message: never the personal data, never staff's names.
 *
 * @param kind what it is about
 * @param subject as written
 * @param status where it stands (read {@link MessageStatus#publicLabel()})
 * @param department the department handling it, once assigned
 * @param receivedAt when it was committed
 * @param acknowledgeBy the last day for the procedural answer
 * @param answerBy the last day for the answer
 * @param acknowledgedAt when the procedural answer was sent, or null
 * @param acknowledgement the procedural answer, or null
 * @param answeredAt when the answer was approved, or null
 * @param answer the approved answer, or null
 * @param referral where to turn instead, for a message outside the remit, or null
 */
public record MessageLookup(MessageKind kind, String subject, MessageStatus status, String department,
		Instant receivedAt, LocalDate acknowledgeBy, LocalDate answerBy, Instant acknowledgedAt, String acknowledgement,
		Instant answeredAt, String answer, String referral) {

}
