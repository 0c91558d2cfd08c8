package cn.jianwu.disclosure.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.disclosure.item.ItemStatus;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.publication.Publisher;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.staff.StaffRole;
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

	private final ItemRepository items;

	private final AuditTrail audit;

	private final DisclosureRules rules;

	private final Publisher publisher;

	private final Clock clock;

	WorkflowService(ItemRepository items, AuditTrail audit, DisclosureRules rules, Publisher publisher, Clock clock) {
		this.items = items;
		this.audit = audit;
		this.rules = rules;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional
	public DisclosureItem submit(UUID id, StaffMember who) {
		DisclosureItem item = load(id);
		if (item.status() != ItemStatus.DRAFT) {
			throw DisclosureException.invalidTransition("只有草稿可以提交审核，当前状态为" + StatusLabels.of(item.status()) + "。");
		}
		ChainRules.checkSubmitter(item, who);
		this.rules.check(item);
		return move(item, ItemStatus.PENDING_REVIEW, "SUBMIT", who, who.actingAs(ItemService.AUTHORS), null);
	}

	@Transactional
	public DisclosureItem approve(UUID id, StaffMember who, String comment) {
		DisclosureItem item = load(id);
		ApprovalStep step = stepFor(item, "审批");
		checkDecider(item, step, who);
		this.rules.check(item);
		ItemStatus next = step.next(item.content().important());
		DisclosureItem approved = move(item, next, "APPROVE", who, step.role(), comment);
		if (next == ItemStatus.APPROVED) {
			return this.publisher.publishIfDue(approved);
		}
		return approved;
	}

	@Transactional
	public DisclosureItem reject(UUID id, StaffMember who, String comment) {
		DisclosureItem item = load(id);
		ApprovalStep step = stepFor(item, "退回");
		checkDecider(item, step, who);
		ChainRules.checkRejection(comment);
		return move(item, ItemStatus.DRAFT, "REJECT", who, step.role(), comment);
	}

	@Transactional
	public DisclosureItem withdraw(UUID id, StaffMember who, String reason) {
		DisclosureItem item = load(id);
		ChainRules.checkWithdrawal(item, who, reason);
		Instant now = this.clock.instant();
		DisclosureItem withdrawn = save(item.withdrawn(now));
		this.audit.append(item.id(), item.publishedRevision(), "WITHDRAW", who.username(),
				who.actingAs(ChainRules.WITHDRAWERS).name(), item.status().name(), ItemStatus.WITHDRAWN.name(), reason,
				now);
		this.publisher.withdraw(item, reason, now);
		log.info("Item {} revision {} withdrawn by {}", item.id(), item.publishedRevision(), who.username());
		return withdrawn;
	}

	private ApprovalStep stepFor(DisclosureItem item, String action) {
		return ApprovalStep.at(item.status())
			.orElseThrow(() -> DisclosureException
				.invalidTransition("该事项当前状态为" + StatusLabels.of(item.status()) + "，不在审批流程中，无法" + action + "。"));
	}

	private void checkDecider(DisclosureItem item, ApprovalStep step, StaffMember who) {
		ChainRules.checkDecider(item, step, who, this.audit.history(item.id()));
	}

	private DisclosureItem move(DisclosureItem item, ItemStatus next, String action, StaffMember who, StaffRole role,
			String comment) {
		Instant now = this.clock.instant();
		DisclosureItem moved = save(item.withStatus(next, now));
		this.audit.append(item.id(), item.revision(), action, who.username(), role.name(), item.status().name(),
				next.name(), comment, now);
		log.info("Item {} revision {} {} by {}: {} -> {}", item.id(), item.revision(), action, who.username(),
				item.status(), next);
		return moved;
	}

	private DisclosureItem save(DisclosureItem item) {
		return this.items.update(item).orElseThrow(DisclosureException::concurrentEdit);
	}

	private DisclosureItem load(UUID id) {
		return this.items.findById(id).orElseThrow(() -> DisclosureException.notFound(id));
	}

}
