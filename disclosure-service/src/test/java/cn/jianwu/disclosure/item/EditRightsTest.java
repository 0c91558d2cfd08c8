package cn.jianwu.disclosure.item;

import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffRole;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.jianwu.disclosure.item.TestItems.OFFICE;
import static cn.jianwu.disclosure.item.TestItems.PROSECUTION;
import static cn.jianwu.disclosure.item.TestItems.item;
import static cn.jianwu.disclosure.item.TestItems.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EditRightsTest {

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "CLERK", "SECTION_HEAD", "PRESS_OFFICER" })
	void authorsDraftForTheirOwnDepartment(StaffRole role) {
		assertThatCode(() -> EditRights.checkAuthor(staff("author", PROSECUTION, role), PROSECUTION))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "DIVISION_LEADER", "CHIEF", "CASE_MANAGER", "SUPERVISOR", "ADMIN" })
	void approversAndOtherRolesDoNotDraft(StaffRole role) {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> EditRights.checkAuthor(staff("someone", PROSECUTION, role), PROSECUTION))
			.satisfies((ex) -> assertForbidden(ex, "承办人员"));
	}

	@Test
	void nobodyDraftsForAnotherDepartment() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> EditRights.checkAuthor(staff("clerk2", OFFICE, StaffRole.CLERK), PROSECUTION))
			.satisfies((ex) -> assertForbidden(ex, "本部门（办公室）"));
	}

	@ParameterizedTest
	@EnumSource(value = ItemStatus.class, names = { "DRAFT", "PUBLISHED", "WITHDRAWN" })
	void draftsAndLiveOrWithdrawnItemsMayBeEdited(ItemStatus status) {
		assertThatCode(() -> EditRights.checkEditable(item(status, 1))).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(value = ItemStatus.class, names = { "PENDING_REVIEW", "PENDING_APPROVAL", "PENDING_CHIEF", "APPROVED" })
	void anItemInApprovalOrApprovedIsNotEditedUntilSentBack(ItemStatus status) {
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(() -> EditRights.checkEditable(item(status, 1)))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo("invalid-transition");
				assertThat(ex.getMessage()).contains("退回");
			});
	}

	@Test
	void anEditKeepsTheItemsDepartment() {
		DisclosureItem item = item(ItemStatus.DRAFT, 1);
		ItemContent moved = new ItemContent(item.content().category(), null, Term.AD_HOC, Visibility.PUBLIC, OFFICE,
				false, item.content().channels(), item.content().exemptions(), item.content().persons(),
				item.content().addresses(), item.content().clearedNames(), null, "标题", "摘要", "<p>正文</p>", null);

		assertThatCode(() -> EditRights.checkSameDepartment(item, item.content())).doesNotThrowAnyException();
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> EditRights.checkSameDepartment(item, moved))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo("validation"));
	}

	private static void assertForbidden(DisclosureException ex, String detail) {
		assertThat(ex.kind()).isEqualTo("forbidden");
		assertThat(ex.getMessage()).contains(detail);
	}

}
