package cn.jianwu.hall.handling;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.HandlingStep;
import cn.jianwu.hall.api.handling.MessageSummary;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.handling.WriterDetails;
import cn.jianwu.hall.audit.AuditEntry;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.personal.IdentifierPlaceholders;
import cn.jianwu.hall.personal.WriterVault;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.stereotype.Component;

/**
 * A message as a member of staff sees it: the clock's state as of today, the history from
 * the audit trail, what they may do next, and the writer's data only if they handle it.
 */
@Component
class StaffViews {

	private static final Set<String> ACTIONS = Arrays.stream(HandlingAction.values())
		.map(HandlingAction::name)
		.collect(Collectors.toUnmodifiableSet());

	private final AnswerClock clock;

	private final HandlingAudit audit;

	private final WriterVault vault;

	private final Duties duties;

	StaffViews(AnswerClock clock, HandlingAudit audit, WriterVault vault, Duties duties) {
		this.clock = clock;
		this.audit = audit;
		this.vault = vault;
		this.duties = duties;
	}

	MessageSummary summary(HandledMessage message) {
		return summary(message, message.subject());
	}

	private MessageSummary summary(HandledMessage message, String subject) {
		return new MessageSummary(message.id(), message.reference(), message.kind(), message.channel(), subject,
				message.status(), message.department(), message.receivedAt(), message.acknowledgeBy(),
				message.answerBy(), this.clock.due(message.status(), message.acknowledged(), message.deadlines()));
	}

	StaffMessage detail(HandledMessage message, StaffIdentity staff) {
		Optional<WriterDetails> writer = this.duties.handles(message, staff) ? this.vault.open(message.id())
				: Optional.empty();
		String subject = message.subject();
		String body = message.body();
		if (writer.isPresent()) {
			// taken out of the subject first, then the body
			Iterator<String> identifiers = writer.get().identifiers().iterator();
			subject = IdentifierPlaceholders.restore(subject, identifiers);
			body = IdentifierPlaceholders.restore(body, identifiers);
		}
		return new StaffMessage(summary(message, subject), body, message.publicOk(), writer.orElse(null),
				message.itemId(), message.callId(), message.mergedInto(), message.referral(), message.acknowledgement(),
				message.acknowledgedAt(), message.answer(), message.answerRevision(), message.answeredAt(),
				history(message), this.duties.allowed(message, staff));
	}

	private List<HandlingStep> history(HandledMessage message) {
		return this.audit.history(message.id())
			.stream()
			.filter((entry) -> ACTIONS.contains(entry.action()))
			.map(StaffViews::step)
			.toList();
	}

	private static HandlingStep step(AuditEntry entry) {
		return new HandlingStep(HandlingAction.valueOf(entry.action()), entry.actor(), entry.actorName(), entry.at(),
				entry.comment());
	}

}
