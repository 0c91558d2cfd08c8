package cn.jianwu.hall.handling;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.stereotype.Component;

/**
 * Who may do what with a message: the office triages; the assigned department's clerk
 * acknowledges and drafts; its section head approves or returns the answer, never their
 * own draft; the supervision group and administrators read everything. The same rules
 * guard each step and tell the console what the caller may do next.
 */
@Component
class Duties {

	private static final Set<MessageStatus> TRIAGE = EnumSet.of(MessageStatus.RECEIVED, MessageStatus.ASSIGNED);

	private static final Set<MessageStatus> DRAFTING = EnumSet.of(MessageStatus.ASSIGNED, MessageStatus.ACKNOWLEDGED);

	private final HallDepartments departments;

	Duties(HallDepartments departments) {
		this.departments = departments;
	}

	/**
	 * Whether the member triages: a HALL_OFFICER, or a clerk or section head of the
	 * office.
	 */
	boolean triages(StaffIdentity staff) {
		return staff.hasRole(StaffRole.HALL_OFFICER.name()) || (this.departments.inOffice(staff)
				&& (staff.hasRole(StaffRole.CLERK.name()) || staff.hasRole(StaffRole.SECTION_HEAD.name())));
	}

	/** Whether the member may list and read the messages of every department. */
	boolean readsAll(StaffIdentity staff) {
		return triages(staff) || staff.hasRole(StaffRole.SUPERVISOR.name()) || staff.hasRole(StaffRole.ADMIN.name());
	}

	boolean mayRead(HandledMessage message, StaffIdentity staff) {
		return readsAll(staff) || ofDepartment(message, staff);
	}

	/**
	 * Whether the member handles the message, and so sees the writer's personal data: the
	 * office, and the clerks and section heads of the department it is assigned to.
	 */
	boolean handles(HandledMessage message, StaffIdentity staff) {
		return triages(staff) || (ofDepartment(message, staff)
				&& (staff.hasRole(StaffRole.CLERK.name()) || staff.hasRole(StaffRole.SECTION_HEAD.name())));
	}

	Set<HandlingAction> allowed(HandledMessage message, StaffIdentity staff) {
		Set<HandlingAction> allowed = EnumSet.noneOf(HandlingAction.class);
		for (HandlingAction action : HandlingAction.values()) {
			if (action != HandlingAction.RECEIVE && refusal(action, message, staff).isEmpty()) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** Refuses the step with the reason, unless the member may take it now. */
	void check(HandlingAction action, HandledMessage message, StaffIdentity staff) {
		Optional<HandlingException> refusal = refusal(action, message, staff);
		if (refusal.isPresent()) {
			throw refusal.get();
		}
	}

	/** Why the member may not take the step now, or empty when they may. */
	Optional<HandlingException> refusal(HandlingAction action, HandledMessage message, StaffIdentity staff) {
		return switch (action) {
			case RECEIVE -> Optional.of(HandlingException.invalidTransition("留言已接收。"));
			case ASSIGN, MERGE, REFER -> triage(action, message, staff);
			case ACKNOWLEDGE -> clerkStep(action, message, staff, Set.of(MessageStatus.ASSIGNED));
			case DRAFT_ANSWER -> clerkStep(action, message, staff, DRAFTING);
			case SUBMIT_ANSWER -> clerkStep(action, message, staff, DRAFTING).or(() -> message.hasDraft()
					? Optional.empty() : Optional.of(HandlingException.invalidTransition("请先起草答复，再提交审核。")));
			case APPROVE_ANSWER, RETURN_ANSWER -> review(action, message, staff);
		};
	}

	private Optional<HandlingException> triage(HandlingAction action, HandledMessage message, StaffIdentity staff) {
		if (!triages(staff)) {
			return Optional
				.of(HandlingException.forbidden("只有" + this.departments.office() + "的分办人员可以" + action.label() + "。"));
		}
		return inState(action, message, TRIAGE);
	}

	private Optional<HandlingException> clerkStep(HandlingAction action, HandledMessage message, StaffIdentity staff,
			Set<MessageStatus> states) {
		if (!ofDepartment(message, staff) || !staff.hasRole(StaffRole.CLERK.name())) {
			return Optional.of(HandlingException.forbidden(departmentOf(message) + "的承办人员才可以" + action.label() + "。"));
		}
		return inState(action, message, states);
	}

	private Optional<HandlingException> review(HandlingAction action, HandledMessage message, StaffIdentity staff) {
		if (!ofDepartment(message, staff) || !staff.hasRole(StaffRole.SECTION_HEAD.name())) {
			return Optional.of(HandlingException.forbidden(departmentOf(message) + "的科室负责人才可以审核答复。"));
		}
		Optional<HandlingException> state = inState(action, message, Set.of(MessageStatus.PENDING_APPROVAL));
		if (state.isPresent()) {
			return state;
		}
		if (staff.username().equals(message.draftedBy())) {
			return Optional.of(HandlingException.forbidden("不能审核自己起草的答复"));
		}
		return Optional.empty();
	}

	private static Optional<HandlingException> inState(HandlingAction action, HandledMessage message,
			Set<MessageStatus> states) {
		if (states.contains(message.status())) {
			return Optional.empty();
		}
		return Optional.of(HandlingException
			.invalidTransition("该留言当前状态为“" + message.status().label() + "”，不能" + action.label() + "。"));
	}

	private static boolean ofDepartment(HandledMessage message, StaffIdentity staff) {
		return message.department() != null && message.department().equals(staff.department());
	}

	private String departmentOf(HandledMessage message) {
		return (message.department() != null) ? "只有承办部门（" + message.department() + "）" : "留言分办后，承办部门";
	}

}
