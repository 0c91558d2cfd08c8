package cn.jianwu.reports;

import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.docs.OpenApiDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHealthIT extends ReportIntegrationTest {

	@Test
	void reportsItsStoresInHealthAndAnswersProblems() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith("db", "kafka");
		probe.assertUnknownPathIsProblem();
	}

	@Test
	void flywayCreatedTheServicesOwnSchema() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.schemata where schema_name = 'reports'", Integer.class))
			.isEqualTo(1);
	}

	// Here for the running service: a context of its own would cost more than the check.
	@Test
	void servesTheApiItsDocumentDescribes() {
		OpenApiDocument.assertDocumented("report-service", this.port);
	}

}
