package cn.jianwu.disclosure.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.audit.Actor;
import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.publication.Publisher;
import cn.jianwu.disclosure.redaction.PublicNotes;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.events.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval chain: submit, approve, reject, withdraw. Each step checks the actor's
 * role and department, keeps separation of duties, records itself in the audit trail and
 * commits together with the events it causes.
 */
@Service
public class WorkflowService {

	private static final Logger log = LoggerFactory.getLogger(WorkflowService.class);

	/** The withdrawal reason's name staff read in refusals. */
	static final String WITHDRAWAL_REASON = "撤回理由";

	static final Set<StaffRole> WITHDRAWERS = Set.of(StaffRole.DIVISION_LEADER, StaffRole.CHIEF);

	/** The steps that make their actor an author of the revision. */
	private static final Set<WorkflowAction> AUTHORING = EnumSet.of(WorkflowAction.CREATE, WorkflowAction.EDIT,
			WorkflowAction.SUBMIT);

	private final ItemRepository items;

	private final AuditTrail audit;

	private final DisclosureRules rules;

	private final RuleRefusals refusals;

	private final Publisher publisher;

	private final PublicNotes publicNotes;

	private final Clock clock;

	WorkflowService(ItemRepository items, AuditTrail audit, DisclosureRules rules, RuleRefusals refusals,
			Publisher publisher, PublicNotes publicNotes, Clock clock) {
		this.items = items;
		this.audit = audit;
		this.rules = rules;
		this.refusals = refusals;
		this.publisher = publisher;
		this.publicNotes = publicNotes;
		this.clock = clock;
	}

	@Transactional
	public DisclosureItem submit(UUID id, StaffMember who) {
		DisclosureItem item = load(id);
		refuse(refusalToSubmit(item, who));
		StaffRole role = who.actingAs(ItemService.AUTHORS);
		checkRules(item, Actor.of(who, role));
		return move(item, ItemStatus.PENDING_REVIEW, WorkflowAction.SUBMIT, who, role, null);
	}

	@Transactional
	public DisclosureItem approve(UUID id, StaffMember who, String comment) {
		DisclosureItem item = load(id);
		ApprovalStep step = stepFor(item, "审批");
		refuse(refusalToDecide(item, step, who, this.audit.history(item.id())));
		checkRules(item, Actor.of(who, step.role()));
		ItemStatus next = step.next(item.content().important());
		DisclosureItem approved = move(item, next, WorkflowAction.APPROVE, who, step.role(), comment);
		if (next == ItemStatus.APPROVED) {
			return this.publisher.publishIfDue(approved);
		}
		return approved;
	}

	@Transactional
	public DisclosureItem reject(UUID id, StaffMember who, String comment) {
		DisclosureItem item = load(id);
		ApprovalStep step = stepFor(item, "退回");
		refuse(refusalToDecide(item, step, who, this.audit.history(item.id())));
		if (comment == null || comment.isBlank()) {
			throw DisclosureException.invalid("退回时请填写退回意见，说明需要修改的内容。");
		}
		return move(item, ItemStatus.DRAFT, WorkflowAction.REJECT, who, step.role(), comment);
	}

	@Transactional
	public DisclosureItem withdraw(UUID id, StaffMember who, String reason) {
		DisclosureItem item = load(id);
		refuse(refusalToWithdraw(item, who));
		if (reason == null || reason.isBlank()) {
			throw DisclosureException.invalid("撤回时请填写撤回理由（将向公众公开）。");
		}
		String publicReason = reason.strip();
		// The reason stands on the withdrawn item's page in place of its text.
		this.publicNotes.check(publicReason, item.content().persons(), WITHDRAWAL_REASON, "reason");
		Instant now = this.clock.instant();
		DisclosureItem withdrawn = save(item.withdrawn(now));
		this.audit.append(item.audited(), item.publishedRevision(), WorkflowAction.WITHDRAW,
				Actor.of(who, who.actingAs(WITHDRAWERS)), item.status().name(), ItemStatus.WITHDRAWN.name(),
				publicReason, now);
		this.publisher.withdraw(item, publicReason, now);
		log.info("Item {} revision {} withdrawn by {}", item.id(), item.publishedRevision(), who.username());
		return withdrawn;
	}

	/**
	 * Why the member may not submit the item now, or empty when they may: a draft, by an
	 * author of its department. Whether its content may go on is checked on submission.
	 */
	static Optional<DisclosureException> refusalToSubmit(DisclosureItem item, StaffMember who) {
		if (item.status() != ItemStatus.DRAFT) {
			return Optional.of(DisclosureException.invalidTransition("只有草稿可以提交审核，当前状态为" + quoted(item.status()) + "。"));
		}
		if (!who.hasAny(ItemService.AUTHORS) || !item.content().department().equals(who.department())) {
			return Optional.of(DisclosureException.forbidden("只有" + item.content().department() + "的承办人员可以提交该事项。"));
		}
		return Optional.empty();
	}

	/**
	 * Why the member may not approve or reject the item now, or empty when they may: the
	 * role of the current step (of the item's own department for a review), never the
	 * author, never twice in a row.
	 * @param history the item's audit trail
	 */
	static Optional<DisclosureException> refusalToDecide(DisclosureItem item, StaffMember who,
			List<AuditEntry> history) {
		Optional<ApprovalStep> step = ApprovalStep.at(item.status());
		if (step.isEmpty()) {
			return Optional.of(DisclosureException.invalidTransition("该事项当前状态为" + quoted(item.status()) + "，不在审批流程中。"));
		}
		return refusalToDecide(item, step.get(), who, history);
	}

	/**
	 * Why the member may not withdraw the item now, or empty when they may: a division
	 * leader or the chief, while a revision is on the channels.
	 */
	static Optional<DisclosureException> refusalToWithdraw(DisclosureItem item, StaffMember who) {
		if (!who.hasAny(WITHDRAWERS)) {
			return Optional.of(DisclosureException.forbidden("只有分管领导或检察长可以撤回已公开的事项。"));
		}
		if (!item.isLive()) {
			return Optional.of(DisclosureException.invalidTransition("该事项当前没有已公开的版本，无需撤回。"));
		}
		return Optional.empty();
	}

	/**
	 * The rules' refusal goes back to the caller as it is, after it was recorded: the
	 * step itself rolls back, the record of the attempt does not.
	 */
	private void checkRules(DisclosureItem item, Actor actor) {
		try {
			this.rules.check(item);
		}
		catch (DisclosureException refusal) {
			this.refusals.record(item, actor, refusal);
			throw refusal;
		}
	}

	private static void refuse(Optional<DisclosureException> refusal) {
		if (refusal.isPresent()) {
			throw refusal.get();
		}
	}

	private static String quoted(ItemStatus status) {
		return "“" + status.label() + "”";
	}

	private ApprovalStep stepFor(DisclosureItem item, String action) {
		return ApprovalStep.at(item.status())
			.orElseThrow(() -> DisclosureException
				.invalidTransition("该事项当前状态为" + quoted(item.status()) + "，不在审批流程中，无法" + action + "。"));
	}

	private static Optional<DisclosureException> refusalToDecide(DisclosureItem item, ApprovalStep step,
			StaffMember who, List<AuditEntry> history) {
		if (!who.has(step.role())) {
			return Optional.of(DisclosureException.forbidden("当前环节为" + step.label() + "，您没有相应的审批权限。"));
		}
		if (step.ownDepartmentOnly() && !item.content().department().equals(who.department())) {
			return Optional.of(DisclosureException.forbidden("只有" + item.content().department() + "的科室负责人可以审核该事项。"));
		}
		List<AuditEntry> thisRevision = history.stream()
			.filter((entry) -> entry.revision() == item.revision())
			.toList();
		Set<String> authors = thisRevision.stream()
			.filter((entry) -> AUTHORING.contains(entry.action()))
			.map(AuditEntry::actor)
			.collect(Collectors.toSet());
		if (authors.contains(who.username()) || item.createdBy().equals(who.username())
				|| item.editedBy().equals(who.username())) {
			return Optional.of(DisclosureException.forbidden("不能审批本人起草或修改的事项（审批与承办须分离）。"));
		}
		// A reject sends the item back: approvals before it no longer count.
		long lastReject = thisRevision.stream()
			.filter((entry) -> entry.action() == WorkflowAction.REJECT)
			.mapToLong(AuditEntry::seq)
			.max()
			.orElse(0);
		boolean approvedBefore = thisRevision.stream()
			.anyMatch((entry) -> entry.action() == WorkflowAction.APPROVE && entry.seq() > lastReject
					&& entry.actor().equals(who.username()));
		if (approvedBefore) {
			return Optional.of(DisclosureException.forbidden("您已在前一审批环节同意过该事项，同一人不能重复审批。"));
		}
		return Optional.empty();
	}

	private DisclosureItem move(DisclosureItem item, ItemStatus next, WorkflowAction action, StaffMember who,
			StaffRole role, String comment) {
		Instant now = this.clock.instant();
		DisclosureItem moved = save(item.withStatus(next, now));
		this.audit.append(item.audited(), item.revision(), action, Actor.of(who, role), item.status().name(),
				next.name(), comment, now);
		log.info("Item {} revision {} {} by {}: {} -> {}", item.id(), item.revision(), action, who.username(),
				item.status(), next);
		return moved;
	}

	private DisclosureItem save(DisclosureItem item) {
		return this.items.update(item).orElseThrow(DisclosureException::concurrentEdit);
	}

	private DisclosureItem load(UUID id) {
		return this.items.get(id);
	}

}
