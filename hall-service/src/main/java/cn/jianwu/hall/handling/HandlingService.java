package cn.jianwu.hall.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.HallMessageAcknowledged;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.api.handling.MessageSummary;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.hall.outbox.HallOutbox;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling of a message, step by step: triage by the office, acknowledgement and
 * draft by the department's clerk, approval by its section head. Each step checks the
 * caller's duties and the message's state, is written only if nobody changed the message
 * meanwhile, and is appended to the audit trail in the same transaction; an approval
 * records {@code message.answered} in the outbox with it.
 */
@Service
class HandlingService {

	private static final Logger log = LoggerFactory.getLogger(HandlingService.class);

	static final int MAX_PAGE_SIZE = 100;

	private final MessageRepository messages;

	private final Duties duties;

	private final StaffViews views;

	private final HandlingAudit audit;

	private final AnswerClock answerClock;

	private final HallDepartments departments;

	private final HallOutbox outbox;

	private final Clock clock;

	HandlingService(MessageRepository messages, Duties duties, StaffViews views, HandlingAudit audit,
			AnswerClock answerClock, HallDepartments departments, HallOutbox outbox, Clock clock) {
		this.messages = messages;
		this.duties = duties;
		this.views = views;
		this.audit = audit;
		this.answerClock = answerClock;
		this.departments = departments;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * The messages the caller handles (the office, the supervision group and
	 * administrators: every department's), narrowed by the filter; with {@code due}, only
	 * those overdue or due soon today.
	 */
	@Transactional(readOnly = true)
	public MessagePage list(MessageFilter requested, int page, int size, StaffIdentity staff) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw HandlingException.invalid("页码不能为负数，每页条数应在1到" + MAX_PAGE_SIZE + "之间。");
		}
		if (requested.due() != null && requested.due() != DueState.OVERDUE && requested.due() != DueState.DUE_SOON) {
			throw HandlingException.invalid("到期筛选只能是已超期（OVERDUE）或即将到期（DUE_SOON）。");
		}
		MessageFilter filter = scope(requested, staff);
		if (filter.due() == null) {
			List<MessageSummary> items = this.messages.page(filter, page, size)
				.stream()
				.map(this.views::summary)
				.toList();
			return new MessagePage(items, this.messages.count(filter), page, size);
		}
		List<MessageSummary> due = this.messages.open(filter)
			.stream()
			.map(this.views::summary)
			.filter((summary) -> summary.due() == filter.due())
			.toList();
		int from = (int) Math.min((long) page * size, due.size());
		return new MessagePage(due.subList(from, Math.min(from + size, due.size())), due.size(), page, size);
	}

	@Transactional(readOnly = true)
	public StaffMessage detail(UUID id, StaffIdentity staff) {
		HandledMessage message = load(id);
		if (!this.duties.mayRead(message, staff)) {
			throw HandlingException.forbidden("只能查看本部门承办的留言。");
		}
		return this.views.detail(message, staff);
	}

	@Transactional
	public StaffMessage assign(UUID id, String department, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.ASSIGN, message, staff);
		if (!this.departments.exists(department)) {
			throw HandlingException.invalid("“" + department + "”不是可以承办留言的部门，请从部门列表中选择。");
		}
		return step(message, message.assigned(department), HandlingAction.ASSIGN, staff, department);
	}

	@Transactional
	public StaffMessage merge(UUID id, UUID into, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.MERGE, message, staff);
		if (id.equals(into)) {
			throw HandlingException.invalid("不能把留言合并到它自己。");
		}
		HandledMessage target = this.messages.find(into).orElseThrow(() -> HandlingException.invalid("要合并到的留言不存在。"));
		if (target.status() == MessageStatus.MERGED) {
			throw HandlingException.invalidTransition("留言" + target.reference() + "本身已合并到其他留言，请合并到它所合并到的留言。");
		}
		Instant now = now();
		return step(message, message.merged(into, now, this.answerClock.workingDays(message.receivedAt(), now)),
				HandlingAction.MERGE, staff, "合并到" + target.reference(), now);
	}

	@Transactional
	public StaffMessage refer(UUID id, String referral, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.REFER, message, staff);
		Instant now = now();
		// The referral is text for the writer: it stays out of the trail.
		return step(message, message.referred(referral, now, this.answerClock.workingDays(message.receivedAt(), now)),
				HandlingAction.REFER, staff, null, now);
	}

	@Transactional
	public StaffMessage acknowledge(UUID id, String text, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.ACKNOWLEDGE, message, staff);
		Instant now = now();
		StaffMessage acknowledged = step(message, message.acknowledgedWith(text, now, staff.username()),
				HandlingAction.ACKNOWLEDGE, staff, message.department(), now);
		this.outbox.record(new HallMessageAcknowledged(id.toString(), message.kind(), message.channel(), now));
		return acknowledged;
	}

	@Transactional
	public StaffMessage draft(UUID id, String text, Integer revision, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.DRAFT_ANSWER, message, staff);
		if (revision != null && (message.kind() != MessageKind.ITEM_FEEDBACK || revision < 1)) {
			throw HandlingException.invalid("只有对公开信息的意见可以注明答复它的修订版本，版本号从1开始。");
		}
		return step(message, message.drafted(text, revision, staff.username()), HandlingAction.DRAFT_ANSWER, staff,
				message.department());
	}

	@Transactional
	public StaffMessage submit(UUID id, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.SUBMIT_ANSWER, message, staff);
		Instant now = now();
		HandledMessage acknowledged = message;
		if (!message.acknowledged()) {
			// Answering is the procedural step too: the clock of the acknowledgement
			// stops.
			acknowledged = message.acknowledgedWith(null, now, staff.username());
			this.audit.append(id, HandlingAction.ACKNOWLEDGE.name(), staff.username(), staff.name(),
					message.status().name(), acknowledged.status().name(), "随答复提交", now);
		}
		return step(acknowledged, acknowledged.withStatus(MessageStatus.PENDING_APPROVAL), HandlingAction.SUBMIT_ANSWER,
				staff, message.department(), now);
	}

	@Transactional
	public StaffMessage approve(UUID id, String comment, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.APPROVE_ANSWER, message, staff);
		Instant now = now();
		int workingDays = this.answerClock.workingDays(message.receivedAt(), now);
		boolean withinLimit = this.answerClock.withinLimit(message.answerBy(), now);
		StaffMessage answered = step(message, message.answered(now, staff.username(), workingDays),
				HandlingAction.APPROVE_ANSWER, staff, comment, now);
		this.outbox.record(new HallMessageAnswered(id.toString(), message.kind(), message.channel(), now, withinLimit,
				workingDays));
		return answered;
	}

	@Transactional
	public StaffMessage returnAnswer(UUID id, String comment, StaffIdentity staff) {
		HandledMessage message = load(id);
		this.duties.check(HandlingAction.RETURN_ANSWER, message, staff);
		if (comment == null || comment.isBlank()) {
			throw HandlingException.invalid("退回时请填写意见，说明需要修改的内容。");
		}
		return step(message, message.withStatus(MessageStatus.ACKNOWLEDGED), HandlingAction.RETURN_ANSWER, staff,
				comment);
	}

	private StaffMessage step(HandledMessage before, HandledMessage after, HandlingAction action, StaffIdentity staff,
			String comment) {
		return step(before, after, action, staff, comment, now());
	}

	private StaffMessage step(HandledMessage before, HandledMessage after, HandlingAction action, StaffIdentity staff,
			String comment, Instant at) {
		if (!this.messages.update(after)) {
			throw HandlingException.concurrentEdit();
		}
		this.audit.append(before.id(), action.name(), staff.username(), staff.name(), before.status().name(),
				after.status().name(), comment, at);
		log.info("Message {} {} by {}: {} -> {}", before.id(), action, staff.username(), before.status(),
				after.status());
		return this.views.detail(load(before.id()), staff);
	}

	// PostgreSQL keeps microseconds: the event says what the row says.
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private MessageFilter scope(MessageFilter requested, StaffIdentity staff) {
		if (this.duties.readsAll(staff)) {
			return requested;
		}
		if (staff.department() == null
				|| (requested.department() != null && !requested.department().equals(staff.department()))) {
			throw HandlingException.forbidden("只能查看本部门承办的留言。");
		}
		return requested.inDepartment(staff.department());
	}

	private HandledMessage load(UUID id) {
		return this.messages.find(id).orElseThrow(HandlingException::notFound);
	}

}
