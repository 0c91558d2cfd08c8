package cn.jianwu.disclosure.console;

import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.ItemSummary;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.delivery.DeliveryBoard;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.workflow.NextActions;

import org.springframework.stereotype.Component;

/**
 * An item as one member of staff sees it: the working text, the attachments of the
 * working revision, the workflow timeline, the delivery board and what they may do next.
 */
@Component
class StaffItems {

	private final AuditTrail audit;

	private final DeliveryBoard deliveries;

	private final Attachments attachments;

	StaffItems(AuditTrail audit, DeliveryBoard deliveries, Attachments attachments) {
		this.audit = audit;
		this.deliveries = deliveries;
		this.attachments = attachments;
	}

	StaffItem of(DisclosureItem item, StaffMember who) {
		ItemContent content = item.content();
		List<AuditEntry> history = this.audit.history(item.id());
		List<StaffItem.Attachment> attachments = this.attachments.viewsOf(item, who);
		return new StaffItem(item.id(), item.revision(), item.publishedRevision(), item.status(), content.title(),
				content.summary(), content.body(), content.category(), content.subKind(), content.term(),
				content.visibility(), content.department(), content.important(), content.channels(),
				content.exemptions().stream().sorted().toList(), content.persons(), content.addresses(),
				content.clearedNames(), content.minorClearance(), content.publishAt(), content.obligationId(),
				content.period(), content.caseStages(), content.revisionNote(), item.createdBy(), item.createdAt(),
				item.updatedAt(), item.version(), history.stream().map(StaffItems::step).toList(),
				this.deliveries.latest(item.id()), attachments, NextActions.of(item, who, history, attachments));
	}

	static ItemSummary summary(DisclosureItem item) {
		return new ItemSummary(item.id(), item.revision(), item.status(), item.content().title(),
				item.content().category(), item.content().department(), item.content().visibility(),
				item.content().important(), item.createdBy(), item.updatedAt());
	}

	/** The platform's own steps (a scheduled publication) carry no staff role. */
	private static StaffItem.Step step(AuditEntry entry) {
		return new StaffItem.Step(entry.action(), entry.actor(), StaffRole.of(entry.actorRole()).orElse(null),
				entry.revision(), status(entry.fromStatus()), status(entry.toStatus()), entry.comment(), entry.at());
	}

	private static ItemStatus status(String name) {
		return (name != null) ? ItemStatus.valueOf(name) : null;
	}

}
