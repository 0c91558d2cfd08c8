package cn.jianwu.hall.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.calendar.Deadlines;

/**
 * A row of {@code message} as handling reads and changes it. The body keeps the
 * placeholders of the identifiers found in it; the writer's data stays in the vault.
 */
record HandledMessage(UUID id, String reference, MessageKind kind, SubmissionChannel channel, String subject,
		String body, boolean publicOk, UUID itemId, UUID callId, MessageStatus status, String department,
		Instant receivedAt, LocalDate acknowledgeBy, LocalDate answerBy, String acknowledgement, Instant acknowledgedAt,
		String acknowledgedBy, String answer, Integer answerRevision, String draftedBy, Instant answeredAt,
		String answeredBy, Integer workingDays, UUID mergedInto, String referral, Instant closedAt, int version) {

	Deadlines deadlines() {
		return new Deadlines(this.acknowledgeBy, this.answerBy);
	}

	boolean acknowledged() {
		return this.acknowledgedAt != null;
	}

	boolean hasDraft() {
		return this.answer != null && !this.answer.isBlank();
	}

	HandledMessage assigned(String newDepartment) {
		return new HandledMessage(this.id, this.reference, this.kind, this.channel, this.subject, this.body,
				this.publicOk, this.itemId, this.callId, MessageStatus.ASSIGNED, newDepartment, this.receivedAt,
				this.acknowledgeBy, this.answerBy, this.acknowledgement, this.acknowledgedAt, this.acknowledgedBy,
				this.answer, this.answerRevision, this.draftedBy, this.answeredAt, this.answeredBy, this.workingDays,
				this.mergedInto, this.referral, this.closedAt, this.version);
	}

	HandledMessage merged(UUID into, Instant at, int days) {
		return new HandledMessage(this.id, this.reference, this.kind, this.channel, this.subject, this.body,
				this.publicOk, this.itemId, this.callId, MessageStatus.MERGED, this.department, this.receivedAt,
				this.acknowledgeBy, this.answerBy, this.acknowledgement, this.acknowledgedAt, this.acknowledgedBy,
				this.answer, this.answerRevision, this.draftedBy, this.answeredAt, this.answeredBy, days, into,
				this.referral, at, this.version);
	}

	HandledMessage referred(String text, Instant at, int days) {
		return new HandledMessage(this.id, this.reference, this.kind, this.channel, this.subject, this.body,
				this.publicOk, this.itemId, this.callId, MessageStatus.REFERRED, this.department, this.receivedAt,
				this.acknowledgeBy, this.answerBy, this.acknowledgement, this.acknowledgedAt, this.acknowledgedBy,
				this.answer, this.answerRevision, this.draftedBy, this.answeredAt, this.answeredBy, days,
				this.mergedInto, text, at, this.version);
	}

	HandledMessage acknowledgedWith(String text, Instant at, String by) {
		return new HandledMessage(this.id, this.reference, this.kind, this.channel, this.subject, this.body,
				this.publicOk, this.itemId, this.callId, MessageStatus.ACKNOWLEDGED, this.department, this.receivedAt,
				this.acknowledgeBy, this.answerBy, text, at, by, this.answer, this.answerRevision, this.draftedBy,
				this.answeredAt, this.answeredBy, this.workingDays, this.mergedInto, this.referral, this.closedAt,
				this.version);
	}

	HandledMessage drafted(String text, Integer revision, String by) {
		return new HandledMessage(this.id, this.reference, this.kind, this.channel, this.subject, this.body,
				this.publicOk, this.itemId, this.callId, this.status, this.department, this.receivedAt,
				this.acknowledgeBy, this.answerBy, this.acknowledgement, this.acknowledgedAt, this.acknowledgedBy, text,
				revision, by, this.answeredAt, this.answeredBy, this.workingDays, this.mergedInto, this.referral,
				this.closedAt, this.version);
	}

	HandledMessage withStatus(MessageStatus next) {
		return new HandledMessage(this.id, this.reference, this.kind, this.channel, this.subject, this.body,
				this.publicOk, this.itemId, this.callId, next, this.department, this.receivedAt, this.acknowledgeBy,
				this.answerBy, this.acknowledgement, this.acknowledgedAt, this.acknowledgedBy, this.answer,
				this.answerRevision, this.draftedBy, this.answeredAt, this.answeredBy, this.workingDays,
				this.mergedInto, this.referral, this.closedAt, this.version);
	}

	HandledMessage answered(Instant at, String by, int days) {
		return new HandledMessage(this.id, this.reference, this.kind, this.channel, this.subject, this.body,
				this.publicOk, this.itemId, this.callId, MessageStatus.ANSWERED, this.department, this.receivedAt,
				this.acknowledgeBy, this.answerBy, this.acknowledgement, this.acknowledgedAt, this.acknowledgedBy,
				this.answer, this.answerRevision, this.draftedBy, at, by, days, this.mergedInto, this.referral, at,
				this.version);
	}

}
