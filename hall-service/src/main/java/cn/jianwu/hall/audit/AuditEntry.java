package cn.jianwu.hall.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One step in the trail.
 *
 * @param seq its place in the chain
 * @param subjectId the message or call it was taken on
 * @param action what was done (a {@code HandlingAction} or a call's step)
 * @param actor who did it (username)
 * @param actorName their display name
 * @param fromStatus the status before, or null
 * @param toStatus the status after, or null
 * @param comment the department assigned, the approver's comment, or the like; never
 * personal data or message text
 * @param at when
 * @param prevHash the previous row's hash
 * @param hash this row's hash
 */
public record AuditEntry(long seq, UUID subjectId, String action, String actor, String actorName, String fromStatus,
		String toStatus, String comment, Instant at, String prevHash, String hash) {

}
