package cn.jianwu.casequery.lawyer;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hall-service asks whether a lawyer acts in a case: only a current defender or agent
 * with that licence is acting; the stranger, the unknown case and the removed lawyer get
 * the same answer.
 */
class LawyerCheckIT extends CaseQueryIntegrationTest {

	private static final String LICENCE = "14101201810123456";

	@Test
	void onlyACurrentDefenderWithThatLicenceActs() {
		String caseNumber = TestCases.caseNumber();
		String[] ids = TestCases.idNumbers(2);
		Api.Response created = this.api.staff(TestTokens.caseManager(), "PUT", "/api/cases/" + Api.path(caseNumber),
				caseJson(ids, true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		Api.Response acting = check(caseNumber, LICENCE);
		assertThat(acting.status()).as(acting.body()).isEqualTo(200);
		assertThat(acting.<Boolean>read("$.acting")).isTrue();
		assertThat(acting.<String>read("$.role")).isEqualTo("DEFENDER");
		assertThat(acting.<String>read("$.department")).isEqualTo("第一检察部");
		// as lawyers type it: round brackets around the year
		assertThat(check(caseNumber.replace("〔", "(").replace("〕", ")"), LICENCE).<Boolean>read("$.acting")).isTrue();

		String stranger = check(caseNumber, "14101201810999999").body();
		String unknownCase = check(TestCases.caseNumber(), LICENCE).body();
		String malformed = check(caseNumber, "123").body();
		assertThat(stranger).isEqualTo(unknownCase).isEqualTo(malformed).contains("\"acting\":false");

		Api.Response updated = this.api.staff(TestTokens.caseManager(), "PUT", "/api/cases/" + Api.path(caseNumber),
				caseJson(ids, false));
		assertThat(updated.status()).as(updated.body()).isBetween(200, 201);
		assertThat(check(caseNumber, LICENCE).body()).isEqualTo(stranger);
	}

	private Api.Response check(String caseNumber, String licence) {
		return this.api.send("POST", "/internal/lawyers/check", "application/json",
				"{\"caseNumber\":\"" + caseNumber + "\",\"licenceNumber\":\"" + licence + "\"}", null);
	}

	private static String caseJson(String[] ids, boolean withLawyer) {
		String party = "{\"name\":\"王某\",\"role\":\"PARTY\",\"idNumber\":\"" + ids[0] + "\"}";
		String lawyer = ",{\"name\":\"李律师\",\"role\":\"DEFENDER\",\"idNumber\":\"" + ids[1] + "\",\"licenceNumber\":\""
				+ LICENCE + "\"}";
		return TestCases.caseJson("审查起诉")
			.replace("\"persons\":[]", "\"persons\":[" + party + (withLawyer ? lawyer : "") + "]");
	}

}
