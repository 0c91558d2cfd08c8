package cn.jianwu.disclosure.workflow;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.identity.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalStepTest {

	@Test
	void theSectionHeadOfTheItemsDepartmentReviewsIt() {
		ApprovalStep review = ApprovalStep.at(ItemStatus.PENDING_REVIEW).orElseThrow();

		assertThat(review.role()).isEqualTo(StaffRole.SECTION_HEAD);
		assertThat(review.ownDepartmentOnly()).isTrue();
		assertThat(review.next(false)).isEqualTo(ItemStatus.PENDING_APPROVAL);
		assertThat(review.next(true)).isEqualTo(ItemStatus.PENDING_APPROVAL);
	}

	@Test
	void aDivisionLeaderOfAnyDepartmentApprovesAndAnImportantItemGoesOnToTheChief() {
		ApprovalStep approval = ApprovalStep.at(ItemStatus.PENDING_APPROVAL).orElseThrow();

		assertThat(approval.role()).isEqualTo(StaffRole.DIVISION_LEADER);
		assertThat(approval.ownDepartmentOnly()).isFalse();
		assertThat(approval.next(false)).isEqualTo(ItemStatus.APPROVED);
		assertThat(approval.next(true)).isEqualTo(ItemStatus.PENDING_CHIEF);
	}

	@Test
	void theChiefHasTheLastWordOnImportantItems() {
		ApprovalStep chief = ApprovalStep.at(ItemStatus.PENDING_CHIEF).orElseThrow();

		assertThat(chief.role()).isEqualTo(StaffRole.CHIEF);
		assertThat(chief.next(true)).isEqualTo(ItemStatus.APPROVED);
		assertThat(chief.label()).contains("检察长");
	}

	@ParameterizedTest
	@EnumSource(value = ItemStatus.class, names = { "DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN" })
	void nobodyApprovesOrRejectsOutsideTheChain(ItemStatus status) {
		assertThat(ApprovalStep.at(status)).isEmpty();
	}

	@Test
	void everyPendingStatusHasItsStep() {
		for (ItemStatus status : ItemStatus.values()) {
			assertThat(ApprovalStep.at(status).isPresent()).as(status.name()).isEqualTo(status.isPending());
		}
	}

}
