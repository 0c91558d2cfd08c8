package cn.jianwu.disclosure.workflow;

import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;
import org.junit.jupiter.api.Test;

import static cn.jianwu.disclosure.api.identity.StaffCapability.DRAFT;
import static cn.jianwu.disclosure.api.identity.StaffCapability.READ_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

class StaffCapabilitiesTest {

	@Test
	void aClerkDraftsAndReadsButDecidesNowhere() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.CLERK))).containsExactly(DRAFT, READ_ITEMS);
		assertThat(StaffCapabilities.decidesAt(List.of(StaffRole.CLERK))).isEmpty();
	}

	@Test
	void aSectionHeadDraftsReadsAndDecidesAtTheReview() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.SECTION_HEAD))).containsExactly(DRAFT, READ_ITEMS);
		assertThat(StaffCapabilities.decidesAt(List.of(StaffRole.SECTION_HEAD)))
			.containsExactly(ItemStatus.PENDING_REVIEW);
	}

	@Test
	void theLeaderAndTheChiefReadAndDecideAtTheirStepsButDoNotDraft() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.CHIEF))).containsExactly(READ_ITEMS);
		assertThat(StaffCapabilities.decidesAt(List.of(StaffRole.DIVISION_LEADER)))
			.containsExactly(ItemStatus.PENDING_APPROVAL);
		assertThat(StaffCapabilities.decidesAt(List.of(StaffRole.CHIEF))).containsExactly(ItemStatus.PENDING_CHIEF);
	}

	@Test
	void aMemberWithTwoApprovingRolesDecidesAtBothStepsInTheChainsOrder() {
		assertThat(StaffCapabilities.decidesAt(List.of(StaffRole.CHIEF, StaffRole.SECTION_HEAD)))
			.containsExactly(ItemStatus.PENDING_REVIEW, ItemStatus.PENDING_CHIEF);
	}

	@Test
	void theSupervisorOnlyReads() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.SUPERVISOR))).containsExactly(READ_ITEMS);
		assertThat(StaffCapabilities.decidesAt(List.of(StaffRole.SUPERVISOR))).isEmpty();
	}

	@Test
	void theCaseManagerHasNothingToDoWithItems() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.CASE_MANAGER))).isEmpty();
	}

}
