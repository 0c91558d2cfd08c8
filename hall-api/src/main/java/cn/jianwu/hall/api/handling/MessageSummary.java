package cn.jianwu.hall.api.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageStatus;

/**
 * A message in a staff list (inbox, overdue list): no text, no personal data.
 *
 * @param id the message's id
 * @param reference the number staff cite, e.g. {@code 2026-00042}
 * @param kind what it is about
 * @param channel where it was written
 * @param subject as written
 * @param status where it stands
 * @param department the department handling it, or null before triage
 * @param receivedAt when it was committed
 * @param acknowledgeBy the last day for the procedural answer
 * @param answerBy the last day for the answer
 * @param due how it stands against the clock
 */
public record MessageSummary(UUID id, String reference, MessageKind kind, SubmissionChannel channel, String subject,
		MessageStatus status, String department, Instant receivedAt, LocalDate acknowledgeBy, LocalDate answerBy,
		DueState due) {

}
