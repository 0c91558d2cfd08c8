package cn.jianwu.hall.booking.desk;

import java.util.List;
import java.util.Set;

import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.security.StaffIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeskAccessTest {

	private final DeskAccess access = new DeskAccess(
			new HallDepartments("办公室", "控告申诉检察部", List.of("办公室", "控告申诉检察部", "公诉部", "案件管理部")));

	@Test
	void theHallTheCaseManagersSupervisionAdministratorsAndTheOfficeSeeEveryService() {
		for (String role : List.of("HALL_OFFICER", "ADMIN", "CASE_MANAGER", "SUPERVISOR")) {
			assertThat(this.access.sees(staff(role, "公诉部"), "控告申诉检察部")).as(role).isTrue();
		}
		assertThat(this.access.sees(staff("CLERK", "办公室"), "控告申诉检察部")).isTrue();
	}

	@Test
	void otherStaffSeeTheirOwnDepartmentsServicesOnly() {
		assertThat(this.access.sees(staff("CLERK", "控告申诉检察部"), "控告申诉检察部")).isTrue();
		assertThat(this.access.sees(staff("SECTION_HEAD", "公诉部"), "控告申诉检察部")).isFalse();
		assertThat(this.access.sees(staff("CLERK", null), "控告申诉检察部")).isFalse();
		assertThat(this.access.seesAll(staff("CLERK", "控告申诉检察部"))).isFalse();
	}

	private static StaffIdentity staff(String role, String department) {
		return new StaffIdentity("someone", "某人", Set.of(role), department);
	}

}
