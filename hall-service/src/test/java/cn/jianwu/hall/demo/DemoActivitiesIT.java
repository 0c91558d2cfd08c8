package cn.jianwu.hall.demo;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.activity.DemoSeeding;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.hall.publication.TestApi;
import cn.jianwu.platform.institution.InstitutionProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's open day, run in the shared test context (a context of its own with
 * {@code jianwu.demo.enabled} would cost more than the check): announced without an item,
 * shown to the public, seeded once.
 */
class DemoActivitiesIT extends HallIntegrationTest {

	@Autowired
	private DemoSeeding seeding;

	@Autowired
	private HallDepartments departments;

	@Autowired
	private InstitutionProperties institution;

	@Autowired
	private Clock clock;

	@Test
	void theDemoOpenDayIsAnnouncedWithItsSignUpsOnce() {
		DemoActivities demo = new DemoActivities(this.seeding, this.departments, this.institution, this.clock);
		demo.run(new DefaultApplicationArguments());
		demo.run(new DefaultApplicationArguments());

		List<UUID> ids = this.jdbc.queryForList(
				"SELECT id FROM activity WHERE title = ? AND created_by = 'demo' AND announced_at IS NOT NULL",
				UUID.class, DemoActivities.TITLE);
		assertThat(ids).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM activity_sign_up WHERE activity_id = ?",
				Integer.class, ids.get(0)))
			.isEqualTo(3);
		TestApi.Response shown = new TestApi(this.port).get("/api/public/activities/" + ids.get(0));
		assertThat(shown.status()).as(shown.body()).isEqualTo(200);
		assertThat(shown.<String>read("$.kind")).isEqualTo("OPEN_DAY");
		assertThat(shown.<String>read("$.state")).isIn("ANNOUNCED", "HELD");
		assertThat(shown.<Integer>read("$.signedUp")).isEqualTo(3);
	}

}
