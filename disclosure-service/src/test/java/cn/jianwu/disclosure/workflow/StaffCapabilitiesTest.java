package cn.jianwu.disclosure.workflow;

import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;
import org.junit.jupiter.api.Test;

import static cn.jianwu.disclosure.api.identity.StaffCapability.APPROVE;
import static cn.jianwu.disclosure.api.identity.StaffCapability.DRAFT;
import static cn.jianwu.disclosure.api.identity.StaffCapability.READ_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

class StaffCapabilitiesTest {

	@Test
	void aClerkDraftsAndReadsButDecidesNothing() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.CLERK))).containsExactly(DRAFT, READ_ITEMS);
	}

	@Test
	void aSectionHeadDraftsDecidesAndReads() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.SECTION_HEAD))).containsExactly(DRAFT, APPROVE, READ_ITEMS);
	}

	@Test
	void theChiefAndTheDivisionLeaderDecideAndReadButDoNotDraft() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.CHIEF))).containsExactly(APPROVE, READ_ITEMS);
		assertThat(StaffCapabilities.of(List.of(StaffRole.DIVISION_LEADER))).containsExactly(APPROVE, READ_ITEMS);
	}

	@Test
	void theSupervisorOnlyReads() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.SUPERVISOR))).containsExactly(READ_ITEMS);
	}

	@Test
	void theCaseManagerHasNothingToDoWithItems() {
		assertThat(StaffCapabilities.of(List.of(StaffRole.CASE_MANAGER))).isEmpty();
	}

}
