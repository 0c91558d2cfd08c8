package cn.jianwu.disclosure.item;

import cn.jianwu.disclosure.api.item.ItemStatus;

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
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Who reads the unredacted working copy: the department, and the roles across them. */
class ItemAccessTest {

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "CLERK", "SECTION_HEAD" })
	void theDepartmentsOwnStaffReadAndListItsItemsOnly(StaffRole role) {
		assertThat(ItemAccess.listableDepartment(staff("own", PROSECUTION, role))).isEqualTo(PROSECUTION);
		assertThatCode(() -> ItemAccess.checkCanRead(item(ItemStatus.DRAFT, 1), staff("own", PROSECUTION, role)))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> ItemAccess.checkCanRead(item(ItemStatus.DRAFT, 1), staff("other", OFFICE, role)))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("本部门（办公室）"));
	}

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "DIVISION_LEADER", "CHIEF", "PRESS_OFFICER", "SUPERVISOR", "ADMIN" })
	void approversPressAndSupervisionReadEveryDepartment(StaffRole role) {
		assertThat(ItemAccess.listableDepartment(staff("across", OFFICE, role))).isNull();
		assertThatCode(() -> ItemAccess.checkCanRead(item(ItemStatus.DRAFT, 1), staff("across", OFFICE, role)))
			.doesNotThrowAnyException();
	}

	@Test
	void aCaseManagerReadsNoWorkingCopies() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> ItemAccess.listableDepartment(staff("casemgr", PROSECUTION, StaffRole.CASE_MANAGER)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo("forbidden"));
	}

}
