package cn.jianwu.casequery;

import cn.jianwu.testsupport.ServiceProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseQueryHealthIT extends CaseQueryIntegrationTest {

	@Test
	void reportsItsStoresInHealthAndAnswersProblems() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith("db", "redis", "kafka");
		probe.assertUnknownPathIsProblem();
	}

	@Test
	void operatorsSeeTheOutboxBacklog() {
		String metrics = new ServiceProbe(this.port).get("/actuator/prometheus").body();
		assertThat(metrics)
			.containsPattern("(?m)^jianwu_outbox_backlog\\{application=\"case-query-service\"\\} [0-9.]+$");
	}

	@Test
	void flywayCreatedTheServicesOwnSchema() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.schemata where schema_name = 'casequery'", Integer.class))
			.isEqualTo(1);
	}

}
