package cn.jianwu.disclosure;

import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.docs.OpenApiDocument;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DisclosureHealthIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void reportsItsStoresInHealthAndAnswersProblems() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith("db", "kafka");
		probe.assertUnknownPathIsProblem();
	}

	@Test
	void publishesItsOpenApiDocument() {
		java.net.http.HttpResponse<String> apiDocs = new ServiceProbe(this.port).get("/v3/api-docs");
		assertThat(apiDocs.statusCode()).isEqualTo(200);
		assertThat(apiDocs.body()).contains("/api/disclosures/{id}/approve", "/api/auth/token",
				"/api/public/items/{id}", "/api/redaction/preview");
	}

	@Test
	void flywayCreatedTheServicesOwnSchema() {
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from information_schema.tables "
								+ "where table_schema = 'disclosure' and table_name = 'event_publication'",
						Integer.class))
			.isEqualTo(1);
	}

	// Here for the running service: a context of its own would cost more than the check.
	@Test
	void servesTheApiItsDocumentDescribes() {
		OpenApiDocument.assertDocumented("disclosure-service", this.port);
	}

}
