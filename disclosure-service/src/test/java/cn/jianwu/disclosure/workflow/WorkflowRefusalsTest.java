package cn.jianwu.disclosure.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.api.identity.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.jianwu.disclosure.item.TestItems.OFFICE;
import static cn.jianwu.disclosure.item.TestItems.PROSECUTION;
import static cn.jianwu.disclosure.item.TestItems.item;
import static cn.jianwu.disclosure.item.TestItems.staff;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may move an item along the chain, with the demo's accounts: clerk1 and head1 of
 * 公诉部, head2 of 办公室, leader1, chief, press.
 */
class WorkflowRefusalsTest {

	private static final StaffMember CLERK1 = staff("clerk1", PROSECUTION, StaffRole.CLERK);

	private static final StaffMember HEAD1 = staff("head1", PROSECUTION, StaffRole.SECTION_HEAD);

	private static final StaffMember HEAD2 = staff("head2", OFFICE, StaffRole.SECTION_HEAD);

	private static final StaffMember LEADER1 = staff("leader1", OFFICE, StaffRole.DIVISION_LEADER);

	private static final StaffMember CHIEF = staff("chief", OFFICE, StaffRole.CHIEF);

	private final List<AuditEntry> history = new ArrayList<>();

	@Test
	void theItemsOwnDepartmentsAuthorsSubmitItsDraft() {
		DisclosureItem draft = item(ItemStatus.DRAFT, 1);

		assertThat(WorkflowService.refusalToSubmit(draft, CLERK1)).isEmpty();
		assertThat(WorkflowService.refusalToSubmit(draft, HEAD1)).isEmpty();
		assertRefused(WorkflowService.refusalToSubmit(draft, staff("clerk2", OFFICE, StaffRole.CLERK)), "forbidden",
				"公诉部的承办人员");
		assertRefused(WorkflowService.refusalToSubmit(draft, staff("leader2", PROSECUTION, StaffRole.DIVISION_LEADER)),
				"forbidden", "公诉部的承办人员");
	}

	@ParameterizedTest
	@EnumSource(value = ItemStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "DRAFT")
	void onlyADraftIsSubmitted(ItemStatus status) {
		assertRefused(WorkflowService.refusalToSubmit(item(status, 1), CLERK1), "invalid-transition", "只有草稿");
	}

	@Test
	void onlyASectionHeadOfTheItemsDepartmentReviewsIt() {
		DisclosureItem item = submitted();

		assertThat(decide(item, HEAD1)).isEmpty();
		assertRefused(decide(item, HEAD2), "forbidden", "只有公诉部的科室负责人");
		assertRefused(decide(item, LEADER1), "forbidden", "科室负责人审核");
		assertRefused(decide(item, CHIEF), "forbidden", "没有相应的审批权限");
	}

	@Test
	void aDivisionLeaderApprovesItemsOfEveryDepartmentButNoSectionHeadDoes() {
		DisclosureItem item = reviewed();

		assertThat(decide(item, LEADER1)).isEmpty();
		assertRefused(decide(item, HEAD2), "forbidden", "分管领导审批");
	}

	@Test
	void atTheChiefsStepOnlyTheChiefDecides() {
		DisclosureItem item = item(ItemStatus.PENDING_CHIEF, 1);

		assertThat(decide(item, CHIEF)).isEmpty();
		assertRefused(decide(item, LEADER1), "forbidden", "检察长审批");
	}

	@ParameterizedTest
	@EnumSource(value = ItemStatus.class, names = { "DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN" })
	void nobodyDecidesOnAnItemOutsideTheChain(ItemStatus status) {
		assertRefused(decide(item(status, 1), CHIEF), "invalid-transition", "不在审批流程中");
	}

	@Test
	void nobodyApprovesWhatTheyDraftedEditedOrSubmitted() {
		StaffMember headWhoDrafts = staff("clerk1", PROSECUTION, StaffRole.CLERK, StaffRole.SECTION_HEAD);
		assertRefused(decide(submitted(), headWhoDrafts), "forbidden", "本人起草或修改");

		DisclosureItem item = submitted();
		this.history.add(entry(1, WorkflowAction.EDIT, "head1"));
		assertRefused(decide(item, HEAD1), "forbidden", "审批与承办须分离");
	}

	@Test
	void anAuthorOfAnEarlierRevisionMayDecideOnTheNextOne() {
		this.history.add(entry(1, WorkflowAction.CREATE, "clerk1"));
		this.history.add(entry(1, WorkflowAction.EDIT, "head1"));
		this.history.add(entry(2, WorkflowAction.EDIT, "clerk1"));
		this.history.add(entry(2, WorkflowAction.SUBMIT, "clerk1"));

		assertThat(decide(item(ItemStatus.PENDING_REVIEW, 2), HEAD1)).isEmpty();
	}

	@Test
	void nobodyApprovesTheSameRevisionTwiceEvenWithTwoRoles() {
		StaffMember dual = staff("dual1", PROSECUTION, StaffRole.SECTION_HEAD, StaffRole.DIVISION_LEADER);
		assertThat(decide(submitted(), dual)).isEmpty();
		this.history.add(entry(1, WorkflowAction.APPROVE, "dual1"));

		assertRefused(decide(item(ItemStatus.PENDING_APPROVAL, 1), dual), "forbidden", "重复审批");
	}

	@Test
	void aRejectStartsTheCountAgain() {
		StaffMember dual = staff("dual1", PROSECUTION, StaffRole.SECTION_HEAD, StaffRole.DIVISION_LEADER);
		submitted();
		this.history.add(entry(1, WorkflowAction.APPROVE, "dual1"));
		this.history.add(entry(1, WorkflowAction.REJECT, "leader1"));
		this.history.add(entry(1, WorkflowAction.SUBMIT, "clerk1"));

		assertThat(decide(item(ItemStatus.PENDING_REVIEW, 1), dual)).isEmpty();
	}

	@Test
	void onlyDivisionLeadersAndTheChiefWithdrawAPublishedItem() {
		DisclosureItem live = item(ItemStatus.PUBLISHED, 2);

		assertThat(WorkflowService.refusalToWithdraw(live, LEADER1)).isEmpty();
		assertThat(WorkflowService.refusalToWithdraw(live, CHIEF)).isEmpty();
		assertRefused(WorkflowService.refusalToWithdraw(live, CLERK1), "forbidden", "分管领导或检察长");
		assertRefused(WorkflowService.refusalToWithdraw(live, HEAD1), "forbidden", "分管领导或检察长");
		assertRefused(WorkflowService.refusalToWithdraw(live, staff("press", OFFICE, StaffRole.PRESS_OFFICER)),
				"forbidden", "分管领导或检察长");
	}

	@Test
	void anItemWithoutAPublishedRevisionHasNothingToWithdraw() {
		assertRefused(WorkflowService.refusalToWithdraw(item(ItemStatus.PENDING_REVIEW, 1), LEADER1),
				"invalid-transition", "没有已公开的版本");
	}

	private DisclosureItem submitted() {
		this.history.add(entry(1, WorkflowAction.CREATE, "clerk1"));
		this.history.add(entry(1, WorkflowAction.SUBMIT, "clerk1"));
		return item(ItemStatus.PENDING_REVIEW, 1);
	}

	private DisclosureItem reviewed() {
		submitted();
		this.history.add(entry(1, WorkflowAction.APPROVE, "head1"));
		return item(ItemStatus.PENDING_APPROVAL, 1);
	}

	private Optional<DisclosureException> decide(DisclosureItem item, StaffMember who) {
		return WorkflowService.refusalToDecide(item, who, List.copyOf(this.history));
	}

	private AuditEntry entry(int revision, WorkflowAction action, String actor) {
		long seq = this.history.size() + 1;
		return new AuditEntry(seq, item(ItemStatus.DRAFT, 1).id(), revision, action, actor, "ROLE", null, null, null,
				Instant.now(), null, null);
	}

	private static void assertRefused(Optional<DisclosureException> refusal, String kind, String detail) {
		assertThat(refusal).hasValueSatisfying((ex) -> {
			assertThat(ex.kind()).isEqualTo(kind);
			assertThat(ex.getMessage()).contains(detail);
		});
	}

}
