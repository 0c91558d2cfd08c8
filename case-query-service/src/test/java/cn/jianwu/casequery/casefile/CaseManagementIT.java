package cn.jianwu.casequery.casefile;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.ExampleShape;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.TestTokens;
import cn.jianwu.casequery.hashing.IdNumbers;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.events.CaseProgressed;
import cn.jianwu.events.Topics;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jianwu.casequery.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case-management desk keeps cases: upsert with authorised persons (codes answered
 * once, stored only as keyed hashes), procedural steps that reach Kafka as
 * {@code case.progress}, revocation and re-issue, and only for {@code CASE_MANAGER}.
 */
class CaseManagementIT extends CaseQueryIntegrationTest {

	@Autowired
	KeyedHash hash;

	@Test
	void upsertAnswersEachNewCodeOnceAndKeepsOnlyHashes() {
		String caseNumber = TestCases.caseNumber();
		String[] ids = TestCases.idNumbers(2);
		String path = "/api/cases/" + Api.path(caseNumber);
		assertThat(path).doesNotContain("〔").contains("%E3%80%94");

		Api.Response created = this.api.staff(TestTokens.caseManager(), "PUT", path,
				TestCases.caseJson("审查起诉", "张三", "PARTY", ids[0], "李四", "辩护人", ids[1]));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.cacheControl()).contains("no-store");
		assertThat(created.<String>read("$.case.caseNumber")).isEqualTo(caseNumber);
		assertThat(created.<String>read("$.case.stage")).isEqualTo("审查起诉");
		assertThat(created.<List<String>>read("$.case.events[*].stage")).containsExactly("受理", "审查起诉");
		assertThat(created.<String>read("$.case.stageDeadline"))
			.isEqualTo(LocalDate.now().minusDays(30).plusMonths(1).toString());
		List<String> codes = created.read("$.issuedCredentials[*].queryCode");
		assertThat(codes).hasSize(2).allMatch((code) -> code.matches("\\d{12}")).doesNotHaveDuplicates();
		assertThat(created.<List<String>>read("$.issuedCredentials[*].role")).containsExactlyInAnyOrder("PARTY",
				"DEFENDER");
		ExampleShape.assertSameShape(created.body(), Example.UPSERT_OUTCOME);

		// Shown once: never again, and stored only as keyed hashes.
		Api.Response read = this.api.staff(TestTokens.caseManager(), "GET", path, null);
		assertThat(read.status()).isEqualTo(200);
		codes.forEach((code) -> assertThat(read.body()).doesNotContain(code));
		assertThat(read.body()).doesNotContain(ids[0]).doesNotContain(ids[1]);
		assertThat(read.<List<String>>read("$.persons[*].credential.status")).containsOnly("ACTIVE");
		assertThat(read.<String>read("$.prosecutor")).isEqualTo("王明");
		for (String code : codes) {
			assertThat(this.jdbc.queryForObject("select count(*) from credential where code_hash = ?", Integer.class,
					(Object) this.hash.queryCode(code)))
				.isEqualTo(1);
		}
		String stored = this.jdbc.queryForObject("select string_agg(p.name || p.id_last4 || encode(p.id_hash, 'hex') "
				+ "|| coalesce(c.status, ''), ',') from authorised_person p join credential c on c.person_id = p.id "
				+ "join case_file f on f.id = p.case_id where f.case_number = ?", String.class, caseNumber);
		assertThat(stored).doesNotContain(ids[0]).doesNotContain(ids[1]).doesNotContain(codes.get(0));
		assertThat(this.jdbc.queryForObject("select count(*) from authorised_person where id_hash = ?", Integer.class,
				(Object) this.hash.idNumber(IdNumbers.normalise(ids[0]))))
			.isEqualTo(1);

		// Upserting again issues nothing new.
		Api.Response again = this.api.staff(TestTokens.caseManager(), "PUT", path,
				TestCases.caseJson("审查起诉", "张三", "PARTY", ids[0], "李四", "DEFENDER", ids[1]));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.<List<Object>>read("$.issuedCredentials")).isEmpty();
	}

	@Test
	void personLeftOutOfAnUpsertIsRemovedAndItsCodeStopsWorking() {
		String caseNumber = TestCases.caseNumber();
		String[] ids = TestCases.idNumbers(2);
		List<Credential> credentials = TestCases.create(this.api, caseNumber, ids);
		String client = TestCases.client();
		assertThat(this.api.query(client, credentials.get(1).code(), credentials.get(1).last4()).status())
			.isEqualTo(200);

		Api.Response updated = this.api.staff(TestTokens.caseManager(), "PUT", "/api/cases/" + Api.path(caseNumber),
				TestCases.caseJson("审查起诉", "王某0", "PARTY", ids[0]));

		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.<List<Object>>read("$.case.persons")).hasSize(1);
		assertThat(this.api.query(client, credentials.get(1).code(), credentials.get(1).last4()).status())
			.isEqualTo(404);
		assertThat(this.api.query(client, credentials.get(0).code(), credentials.get(0).last4()).status())
			.isEqualTo(200);
	}

	@Test
	void caseNumbersWithBracketsWorkPercentEncodedAndInOtherBracketStyles() {
		String caseNumber = TestCases.caseNumber();
		TestCases.create(this.api, caseNumber, TestCases.idNumber());
		String typed = caseNumber.replace("〔", "[").replace("〕", "]");

		Api.Response read = this.api.staff(TestTokens.caseManager(), "GET", "/api/cases/" + Api.path(typed), null);

		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.<String>read("$.caseNumber")).isEqualTo(caseNumber);
	}

	@Test
	void procedureStepIsRecordedAndReachesKafkaAsCaseProgress() {
		String caseNumber = TestCases.caseNumber();
		TestCases.create(this.api, caseNumber, TestCases.idNumber());
		String path = "/api/cases/" + Api.path(caseNumber) + "/events";
		LocalDate date = LocalDate.now().minusDays(2);
		String step = "{\"stage\":\"退回补充侦查\",\"date\":\"" + date + "\",\"note\":\"证据不足\"}";

		Api.Response recorded = this.api.staff(TestTokens.caseManager(), "POST", path, step);

		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.<String>read("$.case.stage")).isEqualTo("退回补充侦查");
		assertThat(recorded.<String>read("$.case.stageDeadline")).isEqualTo(date.plusMonths(1).toString());
		List<TestEvents.Keyed> events = TestEvents.await(TestKafka.bootstrapServers(), Topics.CASE_PROGRESS,
				(event) -> event.payload() instanceof CaseProgressed progressed
						&& progressed.caseNumber().equals(caseNumber) && progressed.stage().equals("退回补充侦查"),
				Duration.ofSeconds(30));
		assertThat(events).hasSize(1);
		assertThat(events.get(0).key()).isEqualTo(caseNumber);
		assertThat(events.get(0).event().type()).isEqualTo("cn.jianwu.case.progress.v1");
		assertThat(events.get(0).event().payload()).isEqualTo(new CaseProgressed(caseNumber, "退回补充侦查", date));

		// The same step again is not a second step.
		Api.Response repeated = this.api.staff(TestTokens.caseManager(), "POST", path, step);
		assertThat(repeated.status()).isEqualTo(200);
		assertThat(repeated.<Boolean>read("$.added")).isFalse();
		assertThat(repeated.<List<Object>>read("$.case.events")).hasSize(3);
	}

	@Test
	void extensionAddsFifteenDaysToTheDeadline() {
		String caseNumber = TestCases.caseNumber();
		TestCases.create(this.api, caseNumber, TestCases.idNumber());
		LocalDate accepted = LocalDate.now().minusDays(30);

		Api.Response extended = this.api.staff(TestTokens.caseManager(), "POST",
				"/api/cases/" + Api.path(caseNumber) + "/events",
				"{\"stage\":\"延长审查起诉期限\",\"date\":\"" + LocalDate.now() + "\"}");

		assertThat(extended.status()).isEqualTo(201);
		assertThat(extended.<String>read("$.case.stageDeadline"))
			.isEqualTo(accepted.plusMonths(1).plusDays(15).toString());
	}

	@Test
	void revokedCodeStopsWorkingAndReissuedCodeWorks() {
		String caseNumber = TestCases.caseNumber();
		Credential credential = TestCases.create(this.api, caseNumber, TestCases.idNumber()).get(0);
		String person = "/api/cases/" + Api.path(caseNumber) + "/persons/" + credential.personId() + "/credential";
		String client = TestCases.client();

		Api.Response revoked = this.api.staff(TestTokens.caseManager(), "POST", person + "/revoke",
				"{\"reason\":\"查询码遗失\"}");
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
		assertThat(revoked.<Boolean>read("$.revoked")).isTrue();
		assertThat(this.api.query(client, credential.code(), credential.last4()).status()).isEqualTo(404);

		Api.Response reissued = this.api.staff(TestTokens.caseManager(), "POST", person, null);
		assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
		String code = reissued.read("$.queryCode");
		assertThat(code).matches("\\d{12}").isNotEqualTo(credential.code());
		assertThat(this.api.query(client, code, credential.last4()).status()).isEqualTo(200);
		assertThat(this.api.query(client, credential.code(), credential.last4()).status()).isEqualTo(404);

		// A person of another case is not found through this one.
		assertProblem(this.api.staff(TestTokens.caseManager(), "POST",
				"/api/cases/" + Api.path(TestCases.caseNumber()) + "/persons/" + credential.personId() + "/credential",
				null), 404, "person-not-found");
	}

	@Test
	void invalidCaseDataIsRefusedFieldByField() {
		String body = "{\"caseName\":\"张三涉嫌盗窃案\",\"caseType\":\"审查起诉案件\",\"department\":\"第一检察部\","
				+ "\"acceptedAt\":\"2026-01-05\",\"persons\":[{\"name\":\"张三\",\"role\":\"朋友\","
				+ "\"idNumber\":\"140105199001011234\"}]}";

		Api.Response refused = this.api.staff(TestTokens.caseManager(), "PUT",
				"/api/cases/" + Api.path(TestCases.caseNumber()), body);

		assertProblem(refused, 400, "validation");
		assertThat(refused.<List<String>>read("$.errors[*].field")).containsExactlyInAnyOrder("persons[0].role",
				"persons[0].idNumber", "caseName");
		assertProblem(this.api.staff(TestTokens.caseManager(), "PUT", "/api/cases/" + Api.path("不是案号"),
				TestCases.caseJson("审查起诉")), 400, "validation");
	}

	@Test
	void onlyCaseManagersKeepCases() {
		String path = "/api/cases/" + Api.path(TestCases.caseNumber());
		String body = TestCases.caseJson("审查起诉");
		assertProblem(this.api.anonymous("PUT", path, body), 401, "unauthorized");
		assertProblem(this.api.staff(TestTokens.clerk(), "PUT", path, body), 403, "forbidden");
		assertProblem(this.api.staff(TestTokens.supervisor(), "PUT", path, body), 403, "forbidden");
		assertProblem(this.api.staff(TestTokens.caseManager(), "POST", path + "/events",
				"{\"stage\":\"办结\",\"date\":\"" + LocalDate.now() + "\"}"), 404, "case-not-found");
	}

}
