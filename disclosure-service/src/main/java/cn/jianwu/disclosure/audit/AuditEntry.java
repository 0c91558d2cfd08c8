package cn.jianwu.disclosure.audit;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.WorkflowAction;

/** One workflow step as the audit trail keeps it. */
public record AuditEntry(long seq, UUID itemId, int revision, WorkflowAction action, String actor, String actorRole,
		String fromStatus, String toStatus, String comment, Instant at, String prevHash, String hash) {
}
