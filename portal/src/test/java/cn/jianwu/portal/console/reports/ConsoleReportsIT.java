package cn.jianwu.portal.console.reports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jianwu.portal.console.StubbedConsole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReportsIT extends StubbedConsole {

	@Test
	void theDepartmentSeesItsOverdueTaskWithALinkToDraftIt() {
		signInAs("clerk1");
		Document tasks = Jsoup.parse(page("/console/reports/tasks").body());
		assertThat(tasks.select("#tasks tbody tr td:nth-of-type(6)").text()).contains("已逾期");
		assertThat(tasks.select("#tasks a.button").attr("href"))
			.isEqualTo("/console/items/new?obligation=" + StubReportService.OBLIGATION);
		assertThat(tasks.select("#reminders li").text()).contains("已逾期", "截止 2026-09-30");
		assertThat(REPORTS.authorizations).contains(BEARER);
	}

	@Test
	void theRegisterShowsTheServicesRefusalAndSavesAValidEntry() {
		signInAs("admin1");
		Document register = Jsoup.parse(page("/console/reports/obligations").body());
		assertThat(register.select("#register tbody tr td:nth-of-type(4)").text()).isEqualTo("每季度公开");
		String csrf = register.selectFirst("#obligation-form input[name=_csrf]").val();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf);
		fields.put("title", "");
		fields.put("department", "行装科");
		fields.put("category", "GOVERNMENT_AFFAIRS");
		fields.put("subKind", "");
		fields.put("frequency", "QUARTERLY");
		fields.put("dueMonth", "");
		fields.put("dueDay", "");
		fields.put("dueWithinDays", "");
		fields.put("dueDate", "");
		fields.put("basis", "");
		fields.put("active", "true");
		HttpResponse<String> refused = submit("/console/reports/obligations", fields);
		assertThat(Jsoup.parse(refused.body()).select(".notice.error").text()).isEqualTo("请填写公开事项名称。");

		fields.put("title", "政府采购项目实施情况");
		fields.put("dueMonth", "十二");
		HttpResponse<String> unreadable = submit("/console/reports/obligations", fields);
		assertThat(Jsoup.parse(unreadable.body()).select(".error-summary").text()).contains("请填写整数");

		fields.put("dueMonth", "");
		HttpResponse<String> saved = submit("/console/reports/obligations", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/console/reports/obligations"));
		int last = REPORTS.requests.lastIndexOf("POST /api/reports/obligations");
		assertThat(REPORTS.bodies.get(last)).contains("\"title\":\"政府采购项目实施情况\"", "\"frequency\":\"QUARTERLY\"");
	}

	@Test
	void theScoreSheetShowsTheRateAndPassesTheCsvOn() {
		signInAs("office1");
		Document scores = Jsoup.parse(page("/console/reports/scores?year=2026").body());
		assertThat(scores.select("#scores tbody tr td").eachText()).startsWith("行装科", "4", "3", "0", "1", "75.0%");
		assertThat(scores.selectFirst("#download-xlsx").attr("href")).isEqualTo("/console/reports/scores/2026.xlsx");
		HttpResponse<byte[]> csv = file("/console/reports/scores/2026.csv");
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo(StubReportService.CSV);
	}

}
