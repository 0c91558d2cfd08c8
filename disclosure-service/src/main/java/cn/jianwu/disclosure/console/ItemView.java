package cn.jianwu.disclosure.console;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.attachment.Attachment;
import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.disclosure.delivery.DeliveryStatus;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.Exemption;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.disclosure.item.ItemStatus;
import cn.jianwu.disclosure.item.NameClearance;
import cn.jianwu.disclosure.item.SubKind;
import cn.jianwu.disclosure.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;

/**
 * An item as staff see it: the working text, the attachments of the working revision, the
 * workflow timeline and the delivery board.
 */
record ItemView(UUID id, int revision, Integer publishedRevision, ItemStatus status, String title, String summary,
		String body, Category category, SubKind subKind, Term term, Visibility visibility, String department,
		boolean important, List<Channel> channels, Set<Exemption> exemptions, List<String> persons,
		List<String> addresses, List<NameClearance> clearedNames, String minorClearance, Instant publishAt,
		String createdBy, Instant createdAt, Instant updatedAt, long version, List<Step> history,
		List<DeliveryStatus> deliveries, List<Attachment> attachments) {

	static ItemView of(DisclosureItem item, List<AuditEntry> audit, List<DeliveryStatus> deliveries,
			List<Attachment> attachments) {
		ItemContent content = item.content();
		return new ItemView(item.id(), item.revision(), item.publishedRevision(), item.status(), content.title(),
				content.summary(), content.body(), content.category(), content.subKind(), content.term(),
				content.visibility(), content.department(), content.important(), content.channels(),
				content.exemptions(), content.persons(), content.addresses(), content.clearedNames(),
				content.minorClearance(), content.publishAt(), item.createdBy(), item.createdAt(), item.updatedAt(),
				item.version(), audit.stream().map(Step::of).toList(), deliveries, attachments);
	}

	/** One entry of the workflow timeline. */
	record Step(String action, String actor, String role, int revision, String from, String to, String comment,
			Instant at) {

		static Step of(AuditEntry entry) {
			return new Step(entry.action(), entry.actor(), entry.actorRole(), entry.revision(), entry.fromStatus(),
					entry.toStatus(), entry.comment(), entry.at());
		}

	}

}
