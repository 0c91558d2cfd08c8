package cn.jianwu.hall;

import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.docs.OpenApiDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HallHealthIT extends HallIntegrationTest {

	@Test
	void reportsItsStoresInHealthAndAnswersProblems() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith("db", "redis", "kafka");
		probe.assertUnknownPathIsProblem();
	}

	@Test
	void flywayCreatedTheServicesOwnSchemaWithTheCalendar() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.schemata where schema_name = 'hall'", Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select working from calendar_day where day = date '2026-10-10'",
				Boolean.class))
			.isTrue();
	}

	// Here for the running service: a context of its own would cost more than the check.
	@Test
	void servesTheApiItsDocumentDescribes() {
		OpenApiDocument.assertDocumented("hall-service", this.port);
	}

}
