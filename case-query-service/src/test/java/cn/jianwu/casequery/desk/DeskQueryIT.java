package cn.jianwu.casequery.desk;

import java.util.List;
import java.util.Map;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.ExampleShape;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestTokens;
import org.junit.jupiter.api.Test;

import static cn.jianwu.casequery.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk query answers by case number and is audited with the officer and the visitor's
 * last four.
 */
class DeskQueryIT extends CaseQueryIntegrationTest {

	@Test
	void deskQueryAnswersAndIsAuditedWithOfficerAndVisitor() {
		String caseNumber = TestCases.caseNumber();
		String id = TestCases.idNumber();
		TestCases.create(this.api, caseNumber, id);

		Api.Response answer = this.api.staff(TestTokens.caseManager(), "POST", "/api/cases/desk-query",
				"{\"caseNumber\":\"" + caseNumber + "\",\"visitorIdLast4\":\"" + TestCases.last4(id) + "\"}");

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.<String>read("$.case.caseNumber")).isEqualTo(caseNumber);
		assertThat(answer.<String>read("$.case.stage")).isEqualTo("审查起诉");
		assertThat(answer.<Boolean>read("$.visitorMatchesAuthorisedPerson")).as(answer.body()).isTrue();
		assertThat(answer.<List<String>>read("$.visitorRoles")).containsExactly("当事人");
		ExampleShape.assertSameShape(answer.body(), Example.DESK_ANSWER);
		List<Map<String, Object>> audit = this.jdbc.queryForList(
				"select channel, outcome, officer, visitor_id_last4 from query_audit where case_number = ? and channel = 'DESK'",
				caseNumber);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0)).containsEntry("outcome", "SUCCESS")
			.containsEntry("officer", "casemgr")
			.containsEntry("visitor_id_last4", TestCases.last4(id));

		Api.Response stranger = this.api.staff(TestTokens.caseManager(), "POST", "/api/cases/desk-query",
				"{\"caseNumber\":\"" + caseNumber + "\",\"visitorIdLast4\":\"999X\"}");
		assertThat(stranger.<Boolean>read("$.visitorMatchesAuthorisedPerson"))
			.isEqualTo("999X".equals(TestCases.last4(id)));
	}

	@Test
	void unknownCaseIsAuditedToo() {
		String caseNumber = TestCases.caseNumber();

		Api.Response answer = this.api.staff(TestTokens.caseManager(), "POST", "/api/cases/desk-query",
				"{\"caseNumber\":\"" + caseNumber + "\",\"visitorIdLast4\":\"1234\"}");

		assertProblem(answer, 404, "case-not-found");
		assertThat(this.jdbc.queryForObject(
				"select outcome || '/' || officer || '/' || visitor_id_last4 from query_audit where case_number = ?",
				String.class, caseNumber))
			.isEqualTo("NOT_FOUND/casemgr/1234");
	}

	@Test
	void onlyCaseManagersQueryAtTheDesk() {
		String body = "{\"caseNumber\":\"" + TestCases.caseNumber() + "\",\"visitorIdLast4\":\"1234\"}";
		assertProblem(this.api.anonymous("POST", "/api/cases/desk-query", body), 401, "unauthorized");
		assertProblem(this.api.staff(TestTokens.supervisor(), "POST", "/api/cases/desk-query", body), 403, "forbidden");
		assertProblem(this.api.staff(TestTokens.caseManager(), "POST", "/api/cases/desk-query",
				"{\"caseNumber\":\"x\",\"visitorIdLast4\":\"12\"}"), 400, "validation");
	}

}
