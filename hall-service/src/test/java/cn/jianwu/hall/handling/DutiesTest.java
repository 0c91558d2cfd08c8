package cn.jianwu.hall.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.security.StaffIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each member of staff may do with a message in each state. */
class DutiesTest {

	private final Duties duties = new Duties(new HallDepartments("办公室", "控告申诉检察部", List.of("办公室", "控告申诉检察部", "公诉部")));

	private static StaffIdentity staff(String username, String department, StaffRole... roles) {
		return new StaffIdentity(username, username,
				Arrays.stream(roles).map(StaffRole::name).collect(Collectors.toSet()), department);
	}

	private static HandledMessage message(MessageStatus status, String department, String answer, String draftedBy) {
		return new HandledMessage(UUID.randomUUID(), "2026-00001", MessageKind.COMPLAINT, SubmissionChannel.WEB, "主题",
				"正文", true, null, null, status, department, Instant.now(), LocalDate.now(), LocalDate.now(), null, null,
				null, answer, null, draftedBy, null, null, null, null, null, null, 0);
	}

	@Test
	void theOfficeTriagesUntilTheDepartmentAcknowledges() {
		StaffIdentity officer = staff("office1", "办公室", StaffRole.HALL_OFFICER);
		StaffIdentity officeClerk = staff("clerk0", "办公室", StaffRole.CLERK);
		Set<HandlingAction> triage = Set.of(HandlingAction.ASSIGN, HandlingAction.MERGE, HandlingAction.REFER);

		assertThat(this.duties.allowed(message(MessageStatus.RECEIVED, null, null, null), officer)).isEqualTo(triage);
		assertThat(this.duties.allowed(message(MessageStatus.RECEIVED, null, null, null), officeClerk))
			.isEqualTo(triage);
		assertThat(this.duties.allowed(message(MessageStatus.ASSIGNED, "公诉部", null, null), officer)).isEqualTo(triage);
		assertThat(this.duties.allowed(message(MessageStatus.ACKNOWLEDGED, "公诉部", null, null), officer)).isEmpty();
		assertThat(this.duties.allowed(message(MessageStatus.RECEIVED, null, null, null),
				staff("admin", "办公室", StaffRole.ADMIN)))
			.isEmpty();
	}

	@Test
	void theDepartmentsClerkDraftsAndItsHeadApprovesAnotherOnesDraft() {
		StaffIdentity clerk = staff("clerk1", "公诉部", StaffRole.CLERK);
		StaffIdentity head = staff("head1", "公诉部", StaffRole.SECTION_HEAD);
		StaffIdentity both = staff("both", "公诉部", StaffRole.CLERK, StaffRole.SECTION_HEAD);
		StaffIdentity otherHead = staff("head2", "控告申诉检察部", StaffRole.SECTION_HEAD);

		assertThat(this.duties.allowed(message(MessageStatus.ASSIGNED, "公诉部", null, null), clerk))
			.containsExactlyInAnyOrder(HandlingAction.ACKNOWLEDGE, HandlingAction.DRAFT_ANSWER);
		assertThat(this.duties.allowed(message(MessageStatus.ACKNOWLEDGED, "公诉部", "草稿", "clerk1"), clerk))
			.containsExactlyInAnyOrder(HandlingAction.DRAFT_ANSWER, HandlingAction.SUBMIT_ANSWER);
		HandledMessage pending = message(MessageStatus.PENDING_APPROVAL, "公诉部", "草稿", "both");
		assertThat(this.duties.allowed(pending, head)).containsExactlyInAnyOrder(HandlingAction.APPROVE_ANSWER,
				HandlingAction.RETURN_ANSWER);
		assertThat(this.duties.allowed(pending, both)).isEmpty();
		assertThat(this.duties.refusal(HandlingAction.APPROVE_ANSWER, pending, both)).get()
			.extracting(Throwable::getMessage)
			.isEqualTo("不能审核自己起草的答复");
		assertThat(this.duties.allowed(pending, otherHead)).isEmpty();
		assertThat(this.duties.allowed(pending, clerk)).isEmpty();
	}

	@Test
	void onlyHandlersSeeTheWritersData() {
		HandledMessage assigned = message(MessageStatus.ASSIGNED, "公诉部", null, null);

		assertThat(this.duties.handles(assigned, staff("office1", "办公室", StaffRole.HALL_OFFICER))).isTrue();
		assertThat(this.duties.handles(assigned, staff("clerk1", "公诉部", StaffRole.CLERK))).isTrue();
		assertThat(this.duties.handles(assigned, staff("head1", "公诉部", StaffRole.SECTION_HEAD))).isTrue();
		assertThat(this.duties.handles(assigned, staff("leader", "公诉部", StaffRole.DIVISION_LEADER))).isFalse();
		assertThat(this.duties.handles(assigned, staff("sup", "办公室", StaffRole.SUPERVISOR))).isFalse();
		assertThat(this.duties.handles(assigned, staff("clerk2", "控告申诉检察部", StaffRole.CLERK))).isFalse();
		assertThat(this.duties.mayRead(assigned, staff("leader", "公诉部", StaffRole.DIVISION_LEADER))).isTrue();
		assertThat(this.duties.mayRead(assigned, staff("clerk2", "控告申诉检察部", StaffRole.CLERK))).isFalse();
	}

}
