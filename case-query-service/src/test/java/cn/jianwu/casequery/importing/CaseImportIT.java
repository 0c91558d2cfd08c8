package cn.jianwu.casequery.importing;

import java.time.LocalDate;
import java.util.List;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestTokens;
import org.junit.jupiter.api.Test;

import static cn.jianwu.casequery.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk import of an export of the case system: a good file is written whole; a file with
 * bad rows is refused whole, with every bad row reported, and nothing of it is written.
 */
class CaseImportIT extends CaseQueryIntegrationTest {

	private static final String HEADER = "记录类型,案号,案件名称,案件类型,承办部门,承办检察官,受理日期,诉讼阶段,日期,备注,姓名,身份,身份证号码,律师执业证号,强制措施\r\n";

	@Test
	void csvExportIsImportedWholeWithItsCodesAnsweredOnce() {
		String first = TestCases.caseNumber();
		String second = TestCases.caseNumber();
		String[] ids = TestCases.idNumbers(3);
		LocalDate accepted = LocalDate.now().minusDays(20);
		String csv = HEADER + "case," + first + ",张某涉嫌盗窃案,审查起诉案件,第一检察部,王明," + accepted + ",审查起诉,,,,,,,\r\n" + "event,"
				+ first + ",,,,,,退回补充侦查," + accepted.plusDays(10) + ",\"补充证据, 第一次\",,,,,\r\n" + "person," + first
				+ ",,,,,,,,,张三,当事人," + ids[0] + ",,\r\n" + "person," + first + ",,,,,,,,,李四,辩护人," + ids[1]
				+ ",11401201810123456,\r\n" + "measure," + first + ",,,,,,,"
				+ accepted.minusDays(3).toString().replace('-', '/') + ",,,,,,逮捕\r\n" + "案件," + second
				+ ",李某涉嫌诈骗案,审查逮捕案件,第一检察部,赵丽," + accepted.getYear() + "年" + accepted.getMonthValue() + "月"
				+ accepted.getDayOfMonth() + "日,审查逮捕,,,,,,,\r\n" + "人员," + second + ",,,,,,,,,刘强,DEFENDER," + ids[2]
				+ ",,\r\n";

		Api.Response imported = this.api.send("POST", "/api/cases/import", "text/csv;charset=UTF-8", csv,
				TestTokens.caseManager());

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.<Boolean>read("$.imported")).isTrue();
		assertThat(imported.<Integer>read("$.cases")).isEqualTo(2);
		assertThat(imported.<Integer>read("$.created")).isEqualTo(2);
		List<String> codes = imported.read("$.issuedCredentials[*].queryCode");
		assertThat(codes).hasSize(3).allMatch((code) -> code.matches("\\d{12}"));
		Api.Response firstCase = this.api.staff(TestTokens.caseManager(), "GET", "/api/cases/" + Api.path(first), null);
		assertThat(firstCase.<String>read("$.stage")).isEqualTo("退回补充侦查");
		assertThat(firstCase.<List<String>>read("$.events[*].stage")).containsExactly("受理", "审查起诉", "退回补充侦查");
		assertThat(firstCase.<List<String>>read("$.events[*].note")).contains("补充证据, 第一次");
		assertThat(firstCase.<List<String>>read("$.compulsoryMeasures[*].measure")).containsExactly("逮捕");
		assertThat(firstCase.<List<String>>read("$.persons[*].roleLabel")).containsExactly("当事人", "辩护人");
		Api.Response secondCase = this.api.staff(TestTokens.caseManager(), "GET", "/api/cases/" + Api.path(second),
				null);
		assertThat(secondCase.<String>read("$.acceptedAt")).isEqualTo(accepted.toString());
		assertThat(secondCase.<String>read("$.stageDeadline")).isEqualTo(accepted.plusDays(7).toString());

		// The same export again adds nothing.
		Api.Response again = this.api.send("POST", "/api/cases/import", "text/csv", csv, TestTokens.caseManager());
		assertThat(again.<Integer>read("$.created")).isZero();
		assertThat(again.<Integer>read("$.eventsAdded")).isZero();
		assertThat(again.<List<Object>>read("$.issuedCredentials")).isEmpty();
	}

	@Test
	void csvWithBadRowsReportsEachAndWritesNothing() {
		String good = TestCases.caseNumber();
		String unknown = TestCases.caseNumber();
		LocalDate accepted = LocalDate.now().minusDays(20);
		String csv = HEADER + "case," + good + ",张某涉嫌盗窃案,审查起诉案件,第一检察部,王明," + accepted + ",审查起诉,,,,,,,\r\n" + "person,"
				+ good + ",,,,,,,,,张三,当事人," + TestCases.idNumber() + ",,\r\n" + "person," + good
				+ ",,,,,,,,,李四,朋友,140105199001011234,,\r\n" + "event," + good + ",,,,,,退回补充侦查,2026-02-30,,,,,,\r\n"
				+ "event," + unknown + ",,,,,,办结," + accepted + ",,,,,,\r\n" + "case,不是案号,某案,类型,部门,," + accepted
				+ ",,,,,,,,\r\n";

		Api.Response refused = this.api.send("POST", "/api/cases/import", "text/csv", csv, TestTokens.caseManager());

		assertProblem(refused, 422, "import-rejected");
		assertThat(refused.<List<String>>read("$.errors[*]['row','field']").toString()).isNotEmpty();
		List<Integer> rows = refused.read("$.errors[*].row");
		List<String> fields = refused.read("$.errors[*].field");
		assertThat(rows).containsExactly(4, 4, 5, 6, 7);
		assertThat(fields).containsExactly("role", "idNumber", "date", "caseNumber", "caseNumber");
		assertThat(refused.<String>read("$.detail")).contains("5处错误").contains("未导入任何数据");
		// Nothing of the file was written: not the good case, not its person, no event.
		assertThat(this.jdbc.queryForObject("select count(*) from case_file where case_number in (?, ?)", Integer.class,
				good, unknown))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
				Integer.class, "%" + good + "%"))
			.isZero();
	}

	@Test
	void jsonExportIsImportedOrRefusedWhole() {
		String caseNumber = TestCases.caseNumber();
		String id = TestCases.idNumber();
		String accepted = LocalDate.now().minusDays(10).toString();
		String json = "{\"cases\":[{\"caseNumber\":\"" + caseNumber
				+ "\",\"caseName\":\"赵某涉嫌危险驾驶案\",\"caseType\":\"审查起诉案件\",\"department\":\"第二检察部\","
				+ "\"acceptedAt\":\"" + accepted + "\",\"stage\":\"审查起诉\",\"persons\":[{\"name\":\"赵六\","
				+ "\"role\":\"PARTY\",\"idNumber\":\"" + id + "\"}],\"events\":[{\"stage\":\"提起公诉\",\"date\":\""
				+ LocalDate.now() + "\"}]},{\"caseNumber\":\"" + TestCases.caseNumber()
				+ "\",\"caseName\":\"钱某涉嫌盗窃案\",\"caseType\":\"审查起诉案件\",\"department\":\"第二检察部\","
				+ "\"acceptedAt\":\"tomorrow\",\"persons\":[{\"name\":\"钱七\",\"role\":\"PARTY\",\"idNumber\":\"123\"}]}]}";

		Api.Response refused = this.api.send("POST", "/api/cases/import", "application/json", json,
				TestTokens.caseManager());

		assertProblem(refused, 422, "import-rejected");
		assertThat(refused.<List<Integer>>read("$.errors[*].row")).containsOnly(2);
		assertThat(refused.<List<String>>read("$.errors[*].field")).containsExactly("acceptedAt",
				"persons[0].idNumber");
		assertThat(this.jdbc.queryForObject("select count(*) from case_file where case_number = ?", Integer.class,
				caseNumber))
			.isZero();

		String onlyGood = json.substring(0, json.indexOf(",{\"caseNumber\"", 20)) + "]}";
		Api.Response dryRun = this.api.send("POST", "/api/cases/import?dryRun=true", "application/json", onlyGood,
				TestTokens.caseManager());
		assertThat(dryRun.<Boolean>read("$.imported")).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from case_file where case_number = ?", Integer.class,
				caseNumber))
			.isZero();
		Api.Response imported = this.api.send("POST", "/api/cases/import", "application/json", onlyGood,
				TestTokens.caseManager());
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.<Integer>read("$.eventsAdded")).isEqualTo(3);
		assertThat(this.api.staff(TestTokens.caseManager(), "GET", "/api/cases/" + Api.path(caseNumber), null)
			.<String>read("$.stage")).isEqualTo("提起公诉");
	}

	@Test
	void onlyCaseManagersImport() {
		assertProblem(this.api.send("POST", "/api/cases/import", "text/csv", HEADER, TestTokens.supervisor()), 403,
				"forbidden");
	}

}
