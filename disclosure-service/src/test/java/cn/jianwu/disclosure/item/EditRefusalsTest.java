package cn.jianwu.disclosure.item;

import cn.jianwu.disclosure.api.item.ItemStatus;

import java.time.Instant;
import java.util.Optional;

import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.api.identity.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.jianwu.disclosure.item.TestItems.OFFICE;
import static cn.jianwu.disclosure.item.TestItems.PROSECUTION;
import static cn.jianwu.disclosure.item.TestItems.item;
import static cn.jianwu.disclosure.item.TestItems.staff;
import static org.assertj.core.api.Assertions.assertThat;

/** What may be edited, when and by whom. */
class EditRefusalsTest {

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "CLERK", "SECTION_HEAD", "PRESS_OFFICER" })
	void authorsEditTheirOwnDepartmentsDrafts(StaffRole role) {
		assertThat(ItemService.refusalToEdit(item(ItemStatus.DRAFT, 1), staff("author", PROSECUTION, role))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "DIVISION_LEADER", "CHIEF", "CASE_MANAGER", "SUPERVISOR", "ADMIN" })
	void approversAndOtherRolesDoNotEdit(StaffRole role) {
		assertRefused(ItemService.refusalToEdit(item(ItemStatus.DRAFT, 1), staff("someone", PROSECUTION, role)),
				"forbidden", "承办人员");
	}

	@Test
	void nobodyEditsAnotherDepartmentsItem() {
		assertRefused(ItemService.refusalToEdit(item(ItemStatus.DRAFT, 1), staff("clerk2", OFFICE, StaffRole.CLERK)),
				"forbidden", "本部门（办公室）");
	}

	@ParameterizedTest
	@EnumSource(value = ItemStatus.class, names = { "DRAFT", "PUBLISHED", "WITHDRAWN" })
	void draftsAndPublishedOrWithdrawnItemsMayBeEdited(ItemStatus status) {
		assertThat(ItemService.refusalToEdit(item(status, 1), staff("clerk1", PROSECUTION, StaffRole.CLERK))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ItemStatus.class, names = { "PENDING_REVIEW", "PENDING_APPROVAL", "PENDING_CHIEF", "APPROVED" })
	void anItemInApprovalOrApprovedIsNotEditedUntilSentBack(ItemStatus status) {
		assertRefused(ItemService.refusalToEdit(item(status, 1), staff("clerk1", PROSECUTION, StaffRole.CLERK)),
				"invalid-transition", "退回");
	}

	@Test
	void editingAPublishedItemStartsANewRevisionAndLeavesThePublishedOne() {
		DisclosureItem published = item(ItemStatus.PUBLISHED, 1).published(Instant.now());

		DisclosureItem edited = published.edited(published.content(), "clerk1", Instant.now());

		assertThat(edited.status()).isEqualTo(ItemStatus.DRAFT);
		assertThat(edited.revision()).isEqualTo(2);
		assertThat(edited.publishedRevision()).isEqualTo(1);
		assertThat(item(ItemStatus.DRAFT, 1).edited(published.content(), "clerk1", Instant.now()).revision())
			.isEqualTo(1);
	}

	private static void assertRefused(Optional<DisclosureException> refusal, String kind, String detail) {
		assertThat(refusal).hasValueSatisfying((ex) -> {
			assertThat(ex.kind()).isEqualTo(kind);
			assertThat(ex.getMessage()).contains(detail);
		});
	}

}
