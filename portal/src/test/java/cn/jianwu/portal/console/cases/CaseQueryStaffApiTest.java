package cn.jianwu.portal.console.cases;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.api.alert.AlertState;
import cn.jianwu.casequery.api.alert.LockoutAlert;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.CredentialState;
import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.casequery.api.casefile.UpsertOutcome;
import cn.jianwu.casequery.api.desk.DeskAnswer;
import cn.jianwu.casequery.api.desk.DeskQueryRequest;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's calls of case-query-service as they go over HTTP: the typed requests
 * leave as the contract's JSON and the contract's example answers read back as its
 * records.
 */
class CaseQueryStaffApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ConsoleUser CASE_MANAGER = new ConsoleUser("casemgr", "案管员", "案件管理部", Set.of("CASE_MANAGER"),
			Set.of(), List.of(), "token", Instant.MAX);

	private final AtomicReference<byte[]> received = new AtomicReference<>();

	private HttpServer server;

	private StaffApiClient client;

	@BeforeEach
	void serveTheExamples() throws IOException {
		Map<String, Example> answers = Map.of("PUT", Example.UPSERT_OUTCOME, "POST", Example.DESK_ANSWER, "GET",
				Example.LOCKOUT_ALERTS);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/cases/", (exchange) -> {
			this.received.set(exchange.getRequestBody().readAllBytes());
			byte[] body = CaseQueryExamples.json(answers.get(exchange.getRequestMethod()));
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		this.client = new StaffApiClient(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()),
				"case-query-service", Duration.ofSeconds(2), Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void aNewCaseLeavesAsTheContractsRequestAndItsAnswerReadsAsTheContractsRecord() {
		CaseUpsertRequest request = JSON.readValue(CaseQueryExamples.json(Example.CASE_UPSERT),
				CaseUpsertRequest.class);

		UpsertOutcome outcome = this.client.put(CASE_MANAGER, request, UpsertOutcome.class, "/api/cases/{number}",
				"晋检刑诉受〔2026〕35010300001号");

		assertThat(JSON.readValue(this.received.get(), CaseUpsertRequest.class)).isEqualTo(request);
		assertThat(outcome.created()).isTrue();
		assertThat(outcome.caseView().persons()).singleElement().satisfies((person) -> {
			assertThat(person.role()).isEqualTo(PersonRole.PARTY);
			assertThat(person.credential().status()).isEqualTo(CredentialState.ACTIVE);
			assertThat(person.active()).isTrue();
		});
		assertThat(outcome.issuedCredentials()).singleElement()
			.satisfies((issued) -> assertThat(issued.queryCode()).matches("\\d{12}"));
	}

	@Test
	void theDeskLookupReadsAsTheContractsRecord() {
		DeskAnswer answer = this.client.post(CASE_MANAGER, new DeskQueryRequest(" 晋检刑诉受〔2026〕35010300001号 ", "002x"),
				DeskAnswer.class, "/api/cases/desk-query");

		assertThat(JSON.readValue(this.received.get(), DeskQueryRequest.class))
			.isEqualTo(new DeskQueryRequest("晋检刑诉受〔2026〕35010300001号", "002X"));
		assertThat(answer.visitorMatchesAuthorisedPerson()).isTrue();
		assertThat(answer.visitorRoles()).containsExactly(PersonRole.PARTY.label());
		assertThat(answer.caseView().events()).hasSize(2);
	}

	@Test
	void theLockOutAlertsReadAsTheContractsRecordsWithTheirChineseState() {
		LockoutAlert[] alerts = this.client.get(CASE_MANAGER, LockoutAlert[].class, "/api/cases/alerts");

		assertThat(alerts).hasSize(2);
		assertThat(alerts[0].caseNumber()).isEqualTo("晋检刑诉受〔2026〕14010500123号");
		assertThat(alerts[0].lockCount()).isEqualTo(3);
		assertThat(alerts[0].state()).isEqualTo(AlertState.LOCKED_UNTIL_REISSUE);
		assertThat(alerts[0].stateLabel()).isEqualTo("已锁定，须到窗口重新办理查询码");
	}

}
