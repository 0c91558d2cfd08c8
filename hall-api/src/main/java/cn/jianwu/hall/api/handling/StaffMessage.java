package cn.jianwu.hall.api.handling;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A message as its handling staff see it ({@code GET /api/hall/staff/messages/{id}}).
 *
 * @param summary what every list shows
 * @param body the text as written (identifiers found in it restored for the handling
 * staff)
 * @param publicOk whether the writer allowed publication, anonymised
 * @param writer the writer's personal data; null for staff who do not handle it
 * @param itemId the disclosure item an {@code ITEM_FEEDBACK} is about, or null
 * @param callId the open call a {@code CALL_RESPONSE} answers, or null
 * @param mergedInto the message this duplicate was merged into, or null
 * @param referral where the writer was told to turn, or null
 * @param acknowledgement the procedural answer sent, or null
 * @param acknowledgedAt when it was sent, or null
 * @param answer the answer: the draft until approved, then the answer the writer reads
 * @param answerRevision the item revision that answered an {@code ITEM_FEEDBACK}, or null
 * @param answeredAt when the answer was approved, or null
 * @param history every step, oldest first
 * @param allowedActions what the caller may do now
 */
public record StaffMessage(MessageSummary summary, String body, boolean publicOk, WriterDetails writer, UUID itemId,
		UUID callId, UUID mergedInto, String referral, String acknowledgement, Instant acknowledgedAt, String answer,
		Integer answerRevision, Instant answeredAt, List<HandlingStep> history, Set<HandlingAction> allowedActions) {

	public StaffMessage {
		history = List.copyOf(history);
		allowedActions = Set.copyOf(allowedActions);
	}

}
