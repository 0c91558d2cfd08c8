package cn.jianwu.disclosure.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.events.Category;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.WorkflowAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The workflow step report-service reads, as the audit trail records it. */
class AuditStepTest {

	private static final UUID ITEM = UUID.fromString("6f1c2a4e-8b3d-4c5e-9a7f-1d2e3f4a5b6c");

	private static final AuditedItem AUDITED = new AuditedItem(ITEM, "公诉部", Category.CASE_INFO, "LEGAL_DOCUMENT", true,
			"OB-2026-007");

	private static final Actor HEAD = Actor.of(new StaffMember("head1", "科室负责人", Set.of(StaffRole.SECTION_HEAD), "公诉部"),
			StaffRole.SECTION_HEAD);

	@Test
	void aStepCarriesWhatTheReportsGroupBy() {
		DisclosureStepRecorded step = AuditTrail.step(entry(WorkflowAction.APPROVE, "同意"), AUDITED, HEAD);

		assertThat(step.itemId()).isEqualTo(ITEM.toString());
		assertThat(step.revision()).isEqualTo(2);
		assertThat(step.action()).isEqualTo(WorkflowAction.APPROVE);
		assertThat(step.actor()).isEqualTo("head1");
		assertThat(step.actorRole()).isEqualTo("SECTION_HEAD");
		assertThat(step.actorDepartment()).isEqualTo("公诉部");
		assertThat(step.department()).isEqualTo("公诉部");
		assertThat(step.category()).isEqualTo(Category.CASE_INFO);
		assertThat(step.subKind()).isEqualTo("LEGAL_DOCUMENT");
		assertThat(step.important()).isTrue();
		assertThat(step.obligationId()).isEqualTo("OB-2026-007");
		assertThat(step.fromStatus()).isEqualTo("PENDING_REVIEW");
		assertThat(step.toStatus()).isEqualTo("PENDING_APPROVAL");
		assertThat(step.at()).isEqualTo(Instant.parse("2026-11-28T03:00:00Z"));
		assertThat(step.comment()).as("an approval's remark stays in the trail").isNull();
	}

	@ParameterizedTest
	@EnumSource(value = WorkflowAction.class, names = { "REJECT", "REFUSE", "WITHDRAW" })
	void aReasonGoesWithTheStep(WorkflowAction action) {
		assertThat(AuditTrail.step(entry(action, "请补充案由"), AUDITED, HEAD).comment()).isEqualTo("请补充案由");
	}

	@Test
	void aClearedNameStaysInTheTrail() {
		DisclosureStepRecorded step = AuditTrail.step(entry(WorkflowAction.CLEAR_NAME, "“李检察”不作匿名处理：承办检察官"), AUDITED,
				HEAD);

		assertThat(step.comment()).isNull();
	}

	@Test
	void aScheduledPublicationIsTheSystemsOfNoDepartment() {
		DisclosureStepRecorded step = AuditTrail.step(entry(WorkflowAction.PUBLISH, null), AUDITED, Actor.SYSTEM);

		assertThat(step.actor()).isEqualTo("system");
		assertThat(step.actorRole()).isEqualTo("SYSTEM");
		assertThat(step.actorDepartment()).isNull();
		assertThat(step.department()).isEqualTo("公诉部");
	}

	private static AuditEntry entry(WorkflowAction action, String comment) {
		return new AuditEntry(7, ITEM, 2, action, "head1", "SECTION_HEAD", "PENDING_REVIEW", "PENDING_APPROVAL",
				comment, Instant.parse("2026-11-28T03:00:00Z"), AuditHash.GENESIS, AuditHash.GENESIS);
	}

}
