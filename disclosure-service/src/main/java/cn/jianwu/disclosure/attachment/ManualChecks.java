package cn.jianwu.disclosure.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.audit.Actor;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.events.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approver's confirmation of a file the redaction check could not read (encrypted,
 * broken, a scan, too much text). The file blocks submission, when no step of the chain
 * decides yet, so the rule is a simpler one than "whoever decides now": the people who
 * decide somewhere in the chain, i.e. a section head of the item's department, a division
 * leader or the chief, and never the one who uploaded the file. The confirmation belongs
 * to the file (a new upload needs its own) and is audited with who and why.
 */
@Service
class ManualChecks {

	private static final Logger log = LoggerFactory.getLogger(ManualChecks.class);

	private static final Set<ItemStatus> OPEN = Set.of(ItemStatus.DRAFT, ItemStatus.PENDING_REVIEW,
			ItemStatus.PENDING_APPROVAL, ItemStatus.PENDING_CHIEF);

	private final ItemRepository items;

	private final AttachmentRepository attachments;

	private final AuditTrail audit;

	private final Clock clock;

	ManualChecks(ItemRepository items, AttachmentRepository attachments, AuditTrail audit, Clock clock) {
		this.items = items;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Attachment confirm(UUID itemId, UUID attachmentId, StaffMember who, String reason) {
		DisclosureItem item = this.items.get(itemId);
		Attachment attachment = this.attachments.inRevision(itemId, item.revision())
			.stream()
			.filter((candidate) -> candidate.id().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> AttachmentProblems.notFound(attachmentId));
		Optional<DisclosureException> refusal = refusalToConfirm(item, attachment, who);
		if (refusal.isPresent()) {
			throw refusal.get();
		}
		StaffRole role = confirmingRole(item, who).orElseThrow();
		Instant now = this.clock.instant();
		ManualCheck check = new ManualCheck(who.username(), reason.strip(), now);
		if (!this.attachments.confirm(attachmentId, check)) {
			throw AttachmentProblems.noManualCheckNeeded();
		}
		this.audit.append(item.audited(), item.revision(), WorkflowAction.MANUAL_CHECK, Actor.of(who, role),
				item.status().name(), item.status().name(), "人工确认附件 " + attachmentId + "：" + check.reason(), now);
		log.info("Attachment {} ({}) of item {} revision {} confirmed by hand by {}", attachmentId,
				attachment.textStatus(), itemId, item.revision(), who.username());
		return new Attachment(attachment.id(), attachment.itemId(), attachment.fileName(), attachment.mediaType(),
				attachment.size(), attachment.sha256(), attachment.textExtracted(), attachment.textStatus(), check,
				attachment.createdBy(), attachment.createdAt());
	}

	/**
	 * Why the member may not confirm the file by hand, or empty when they may: a section
	 * head of the item's department, a division leader or the chief, not the uploader,
	 * while the item is a draft or under approval and the file awaits a check.
	 */
	static Optional<DisclosureException> refusalToConfirm(DisclosureItem item, Attachment attachment, StaffMember who) {
		if (confirmingRole(item, who).isEmpty()) {
			return Optional.of(AttachmentProblems.notConfirmer());
		}
		if (!OPEN.contains(item.status())) {
			return Optional.of(AttachmentProblems.notUnderApproval());
		}
		if (attachment.createdBy().equals(who.username())) {
			return Optional.of(AttachmentProblems.notConfirmer());
		}
		if (!attachment.awaitsManualCheck()) {
			return Optional.of(AttachmentProblems.noManualCheckNeeded());
		}
		return Optional.empty();
	}

	private static Optional<StaffRole> confirmingRole(DisclosureItem item, StaffMember who) {
		if (who.has(StaffRole.CHIEF)) {
			return Optional.of(StaffRole.CHIEF);
		}
		if (who.has(StaffRole.DIVISION_LEADER)) {
			return Optional.of(StaffRole.DIVISION_LEADER);
		}
		if (who.has(StaffRole.SECTION_HEAD) && item.content().department().equals(who.department())) {
			return Optional.of(StaffRole.SECTION_HEAD);
		}
		return Optional.empty();
	}

}
