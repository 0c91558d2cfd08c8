package cn.jianwu.casequery;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.testsupport.ServiceProbe;
import com.jayway.jsonpath.JsonPath;
import cn.jianwu.testsupport.docs.OpenApiDocument;
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

	@Test
	void operatorsSeeWhichEventsWaitInTheOutboxButNeverTheirContent() {
		// An event Kafka has not acknowledged yet, as Spring Modulith leaves it while the
		// broker is away: published a minute ago, one hand-over tried.
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    status, completion_attempts)
				VALUES (?, 'jianwu.outbox.relay', 'cn.jianwu.events.CaseProgressed', '{"note":"secret-progress-note"}',
				    now() - interval '1 minute', 'PUBLISHED', 1)""", id);
		try {
			HttpResponse<String> outbox = new ServiceProbe(this.port).get("/actuator/outbox");
			assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
			assertThat(JsonPath.<Integer>read(outbox.body(), "$.backlog")).isPositive();
			assertThat(JsonPath.<String>read(outbox.body(), "$.oldest")).isNotBlank();
			List<Map<String, Object>> waiting = JsonPath.read(outbox.body(),
					"$.waiting[?(@.eventType == 'cn.jianwu.events.CaseProgressed' && @.status == 'PUBLISHED')]");
			assertThat(waiting).singleElement().satisfies((entry) -> {
				assertThat((Integer) entry.get("count")).isPositive();
				assertThat((Integer) entry.get("attempts")).isPositive();
			});
			assertThat(outbox.body()).doesNotContain("secret-progress-note");
			assertThat(new ServiceProbe(this.port).get("/actuator/prometheus").body())
				.containsPattern("(?m)^jianwu_outbox_backlog\\{application=\"case-query-service\"\\} [1-9][0-9.]*$");
		}
		finally {
			this.jdbc.update("DELETE FROM event_publication WHERE id = ?", id);
		}
	}

	// Here for the running service: a context of its own would cost more than the check.
	@Test
	void servesTheApiItsDocumentDescribes() {
		OpenApiDocument.assertDocumented("case-query-service", this.port);
	}

}
