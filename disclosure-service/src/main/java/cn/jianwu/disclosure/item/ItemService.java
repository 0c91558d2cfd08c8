package cn.jianwu.disclosure.item;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.audit.Actor;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.redaction.PublicNotes;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.events.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting: staff of a department write items for their department. Editing a published
 * or withdrawn item starts a new revision, which goes through approval again while the
 * published one stays on the channels.
 */
@Service
public class ItemService {

	private static final Logger log = LoggerFactory.getLogger(ItemService.class);

	/** Who may draft, edit and submit. */
	public static final Set<StaffRole> AUTHORS = Set.of(StaffRole.CLERK, StaffRole.SECTION_HEAD,
			StaffRole.PRESS_OFFICER);

	/** The revision note's name staff read in refusals. */
	public static final String REVISION_NOTE = "修订说明";

	/** The revision note's field of {@code ItemRequest}, named in refusals for forms. */
	public static final String REVISION_NOTE_FIELD = "revisionNote";

	private final ItemRepository items;

	private final AuditTrail audit;

	private final PublicNotes publicNotes;

	private final Clock clock;

	ItemService(ItemRepository items, AuditTrail audit, PublicNotes publicNotes, Clock clock) {
		this.items = items;
		this.audit = audit;
		this.publicNotes = publicNotes;
		this.clock = clock;
	}

	@Transactional
	public DisclosureItem create(ItemRequest request, StaffMember who) {
		// A first revision changes nothing the public saw: it has no revision note.
		ItemContent content = ItemContentFactory.from(request).withRevisionNote(null);
		checkAuthor(who, content.department());
		Instant now = this.clock.instant();
		DisclosureItem item = new DisclosureItem(UUID.randomUUID(), ItemStatus.DRAFT, 1, null, content, who.username(),
				who.username(), now, now, 0);
		this.items.insert(item);
		this.audit.append(item.audited(), 1, WorkflowAction.CREATE, author(who), null, ItemStatus.DRAFT.name(), null,
				now);
		auditPrivacyDecisions(item, null, who, now);
		log.info("Item {} drafted by {}", item.id(), who.username());
		return item;
	}

	@Transactional
	public DisclosureItem update(UUID id, ItemRequest request, StaffMember who) {
		DisclosureItem item = this.items.get(id);
		if (request.version() != null && request.version() != item.version()) {
			throw DisclosureException.concurrentEdit();
		}
		Optional<DisclosureException> refusal = refusalToEdit(item, who);
		if (refusal.isPresent()) {
			throw refusal.get();
		}
		ItemContent content = ItemContentFactory.from(request);
		if (!content.department().equals(item.content().department())) {
			throw DisclosureException.invalid("不能更改事项的责任部门。");
		}
		Instant now = this.clock.instant();
		DisclosureItem candidate = item.edited(content, who.username(), now);
		if (candidate.revision() > 1) {
			checkRevisionNote(candidate);
			this.publicNotes.check(content.revisionNote(), content.persons(), REVISION_NOTE, REVISION_NOTE_FIELD);
		}
		else {
			candidate = item.edited(content.withRevisionNote(null), who.username(), now);
		}
		DisclosureItem edited = this.items.update(candidate).orElseThrow(DisclosureException::concurrentEdit);
		this.audit.append(edited.audited(), edited.revision(), WorkflowAction.EDIT, author(who), item.status().name(),
				ItemStatus.DRAFT.name(), null, now);
		auditPrivacyDecisions(edited, item.content(), who, now);
		log.info("Item {} revision {} edited by {}", id, edited.revision(), who.username());
		return edited;
	}

	/**
	 * Each privacy decision the clerk took in this edit, with who and why: a name let
	 * stand, or a reason why hints of a minor do not keep the item from the public.
	 */
	private void auditPrivacyDecisions(DisclosureItem item, ItemContent before, StaffMember who, Instant now) {
		ItemContent after = item.content();
		for (NameClearance clearance : after.clearedNames()) {
			if (before == null || !before.clearedNames().contains(clearance)) {
				this.audit.append(item.audited(), item.revision(), WorkflowAction.CLEAR_NAME, author(who),
						ItemStatus.DRAFT.name(), ItemStatus.DRAFT.name(),
						"“" + clearance.name() + "”不作匿名处理：" + clearance.reason(), now);
			}
		}
		String minor = after.minorClearance();
		if (minor != null && (before == null || !minor.equals(before.minorClearance()))) {
			this.audit.append(item.audited(), item.revision(), WorkflowAction.CLEAR_MINOR, author(who),
					ItemStatus.DRAFT.name(), ItemStatus.DRAFT.name(), "涉及未成年人提示经核实可以公开：" + minor, now);
		}
	}

	/**
	 * A revision after a publication says what it changes and why: the public reads it in
	 * the item's history.
	 * @throws DisclosureException {@code validation} when a revision after the first has
	 * no note
	 */
	public static void checkRevisionNote(DisclosureItem item) {
		String note = item.content().revisionNote();
		if (item.revision() > 1 && (note == null || note.isBlank())) {
			throw DisclosureException.invalid("修改已公开的事项时请填写" + REVISION_NOTE + "（将向公众公开）。")
				.with("field", REVISION_NOTE_FIELD);
		}
	}

	/** The member as the audit trail records an author. */
	public static Actor author(StaffMember who) {
		return Actor.of(who, who.actingAs(AUTHORS));
	}

	/**
	 * Why the member may not edit the item now, or empty when they may: drafts, and
	 * published or withdrawn items (a new revision), by an author of its department.
	 */
	public static Optional<DisclosureException> refusalToEdit(DisclosureItem item, StaffMember who) {
		Optional<DisclosureException> author = refusalToAuthor(who, item.content().department());
		if (author.isPresent()) {
			return author;
		}
		if (item.status().isPending() || item.status() == ItemStatus.APPROVED) {
			return Optional.of(DisclosureException.invalidTransition("审批中或已批准待发布的事项不能修改；如需修改，请由审批人退回。"));
		}
		return Optional.empty();
	}

	private static void checkAuthor(StaffMember who, String department) {
		Optional<DisclosureException> refusal = refusalToAuthor(who, department);
		if (refusal.isPresent()) {
			throw refusal.get();
		}
	}

	private static Optional<DisclosureException> refusalToAuthor(StaffMember who, String department) {
		if (!who.hasAny(AUTHORS)) {
			return Optional.of(DisclosureException.forbidden("只有承办人员（书记员、科室负责人、新闻发言人）可以起草或修改公开事项。"));
		}
		if (!department.equals(who.department())) {
			return Optional.of(DisclosureException.forbidden("只能为本部门（" + who.department() + "）起草或修改公开事项。"));
		}
		return Optional.empty();
	}

}
