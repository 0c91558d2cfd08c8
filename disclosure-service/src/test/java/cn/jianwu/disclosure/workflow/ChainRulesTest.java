package cn.jianwu.disclosure.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemStatus;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static cn.jianwu.disclosure.item.TestItems.OFFICE;
import static cn.jianwu.disclosure.item.TestItems.PROSECUTION;
import static cn.jianwu.disclosure.item.TestItems.item;
import static cn.jianwu.disclosure.item.TestItems.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who decides at each step of the chain, with the demo's accounts: clerk1 and head1 of
 * 公诉部, head2 of 办公室, leader1, chief, press.
 */
class ChainRulesTest {

	private static final StaffMember CLERK1 = staff("clerk1", PROSECUTION, StaffRole.CLERK);

	private static final StaffMember HEAD1 = staff("head1", PROSECUTION, StaffRole.SECTION_HEAD);

	private static final StaffMember HEAD2 = staff("head2", OFFICE, StaffRole.SECTION_HEAD);

	private static final StaffMember LEADER1 = staff("leader1", OFFICE, StaffRole.DIVISION_LEADER);

	private static final StaffMember CHIEF = staff("chief", OFFICE, StaffRole.CHIEF);

	private final List<AuditEntry> history = new ArrayList<>();

	@Test
	void theItemsOwnDepartmentsAuthorsSubmitIt() {
		DisclosureItem draft = item(ItemStatus.DRAFT, 1);

		assertThatCode(() -> ChainRules.checkSubmitter(draft, CLERK1)).doesNotThrowAnyException();
		assertThatCode(() -> ChainRules.checkSubmitter(draft, HEAD1)).doesNotThrowAnyException();
		assertForbidden(() -> ChainRules.checkSubmitter(draft, staff("clerk2", OFFICE, StaffRole.CLERK)), "公诉部的承办人员");
		assertForbidden(
				() -> ChainRules.checkSubmitter(draft, staff("leader2", PROSECUTION, StaffRole.DIVISION_LEADER)),
				"公诉部的承办人员");
	}

	@Test
	void onlyASectionHeadOfTheItemsDepartmentReviewsIt() {
		DisclosureItem item = submitted();

		assertThatCode(() -> decide(item, ApprovalStep.REVIEW, HEAD1)).doesNotThrowAnyException();
		assertForbidden(() -> decide(item, ApprovalStep.REVIEW, HEAD2), "只有公诉部的科室负责人");
		assertForbidden(() -> decide(item, ApprovalStep.REVIEW, LEADER1), "科室负责人审核");
		assertForbidden(() -> decide(item, ApprovalStep.REVIEW, CHIEF), "没有相应的审批权限");
	}

	@Test
	void aDivisionLeaderApprovesItemsOfEveryDepartmentButNoSectionHeadDoes() {
		DisclosureItem item = reviewed();

		assertThatCode(() -> decide(item, ApprovalStep.APPROVAL, LEADER1)).doesNotThrowAnyException();
		assertForbidden(() -> decide(item, ApprovalStep.APPROVAL, HEAD2), "分管领导审批");
	}

	@Test
	void atTheChiefsStepOnlyTheChiefDecides() {
		DisclosureItem item = item(ItemStatus.PENDING_CHIEF, 1);

		assertThatCode(() -> decide(item, ApprovalStep.CHIEF, CHIEF)).doesNotThrowAnyException();
		assertForbidden(() -> decide(item, ApprovalStep.CHIEF, LEADER1), "检察长审批");
	}

	@Test
	void nobodyApprovesWhatTheyDraftedEditedOrSubmitted() {
		StaffMember headWhoDrafts = staff("clerk1", PROSECUTION, StaffRole.CLERK, StaffRole.SECTION_HEAD);
		assertForbidden(() -> decide(submitted(), ApprovalStep.REVIEW, headWhoDrafts), "本人起草或修改");

		DisclosureItem item = submitted();
		this.history.add(entry(1, "EDIT", "head1"));
		assertForbidden(() -> decide(item, ApprovalStep.REVIEW, HEAD1), "审批与承办须分离");
	}

	@Test
	void anAuthorOfAnEarlierRevisionMayDecideOnTheNextOne() {
		this.history.add(entry(1, "CREATE", "clerk1"));
		this.history.add(entry(1, "EDIT", "head1"));
		this.history.add(entry(2, "EDIT", "clerk1"));
		this.history.add(entry(2, "SUBMIT", "clerk1"));

		assertThatCode(() -> decide(item(ItemStatus.PENDING_REVIEW, 2), ApprovalStep.REVIEW, HEAD1))
			.doesNotThrowAnyException();
	}

	@Test
	void nobodyApprovesTheSameRevisionTwiceEvenWithTwoRoles() {
		StaffMember dual = staff("dual1", PROSECUTION, StaffRole.SECTION_HEAD, StaffRole.DIVISION_LEADER);
		DisclosureItem item = submitted();
		assertThatCode(() -> decide(item, ApprovalStep.REVIEW, dual)).doesNotThrowAnyException();
		this.history.add(entry(1, "APPROVE", "dual1"));

		assertForbidden(() -> decide(item(ItemStatus.PENDING_APPROVAL, 1), ApprovalStep.APPROVAL, dual), "重复审批");
	}

	@Test
	void aRejectStartsTheCountAgain() {
		StaffMember dual = staff("dual1", PROSECUTION, StaffRole.SECTION_HEAD, StaffRole.DIVISION_LEADER);
		submitted();
		this.history.add(entry(1, "APPROVE", "dual1"));
		this.history.add(entry(1, "REJECT", "leader1"));
		this.history.add(entry(1, "SUBMIT", "clerk1"));

		assertThatCode(() -> decide(item(ItemStatus.PENDING_REVIEW, 1), ApprovalStep.REVIEW, dual))
			.doesNotThrowAnyException();
	}

	@Test
	void aRejectSaysWhatToChange() {
		assertThatCode(() -> ChainRules.checkRejection("请补充案由")).doesNotThrowAnyException();
		assertRefused(() -> ChainRules.checkRejection(null), "validation", "退回意见");
		assertRefused(() -> ChainRules.checkRejection("  "), "validation", "退回意见");
	}

	@Test
	void onlyDivisionLeadersAndTheChiefWithdrawPublishedItems() {
		DisclosureItem live = item(ItemStatus.PUBLISHED, 2);
		assertThatCode(() -> ChainRules.checkWithdrawal(live, LEADER1, "文书信息有误")).doesNotThrowAnyException();
		assertThatCode(() -> ChainRules.checkWithdrawal(live, CHIEF, "文书信息有误")).doesNotThrowAnyException();
		assertForbidden(() -> ChainRules.checkWithdrawal(live, CLERK1, "x"), "分管领导或检察长");
		assertForbidden(() -> ChainRules.checkWithdrawal(live, HEAD1, "x"), "分管领导或检察长");
		assertForbidden(() -> ChainRules.checkWithdrawal(live, staff("press", OFFICE, StaffRole.PRESS_OFFICER), "x"),
				"分管领导或检察长");
	}

	@Test
	void aWithdrawalGivesItsReasonAndNeedsAPublishedRevision() {
		assertRefused(() -> ChainRules.checkWithdrawal(item(ItemStatus.PUBLISHED, 2), LEADER1, ""), "validation",
				"撤回理由");
		assertRefused(() -> ChainRules.checkWithdrawal(item(ItemStatus.PENDING_REVIEW, 1), LEADER1, "x"),
				"invalid-transition", "没有已公开的版本");
	}

	private DisclosureItem submitted() {
		this.history.add(entry(1, "CREATE", "clerk1"));
		this.history.add(entry(1, "SUBMIT", "clerk1"));
		return item(ItemStatus.PENDING_REVIEW, 1);
	}

	private DisclosureItem reviewed() {
		submitted();
		this.history.add(entry(1, "APPROVE", "head1"));
		return item(ItemStatus.PENDING_APPROVAL, 1);
	}

	private void decide(DisclosureItem item, ApprovalStep step, StaffMember who) {
		ChainRules.checkDecider(item, step, who, List.copyOf(this.history));
	}

	private AuditEntry entry(int revision, String action, String actor) {
		long seq = this.history.size() + 1;
		return new AuditEntry(seq, item(ItemStatus.DRAFT, 1).id(), revision, action, actor, "ROLE", null, null, null,
				Instant.now(), null, null);
	}

	private static void assertForbidden(Executable check, String detail) {
		assertRefused(check, "forbidden", detail);
	}

	private static void assertRefused(Executable check, String kind, String detail) {
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(check::execute).satisfies((ex) -> {
			assertThat(ex.kind()).isEqualTo(kind);
			assertThat(ex.getMessage()).contains(detail);
		});
	}

}
