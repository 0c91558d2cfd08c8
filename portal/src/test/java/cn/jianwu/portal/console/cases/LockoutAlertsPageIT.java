package cn.jianwu.portal.console.cases;

import cn.jianwu.portal.console.StubbedConsole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 查询码锁定提醒: the case-management department sees the codes locked again and again, by case
 * number (never the code), newest first, with what the desk has to do; other staff cannot
 * open the page.
 */
class LockoutAlertsPageIT extends StubbedConsole {

	@Test
	void caseManagersSeeTheRepeatedLockOutsByCaseNumber() {
		signInAs("office1");

		Document page = Jsoup.parse(page("/console/cases/alerts").body());

		assertThat(page.select("h1").text()).isEqualTo("查询码锁定提醒");
		assertThat(page.select("#lockout-alerts tbody tr")).hasSize(2);
		assertThat(page.select("#lockout-alerts tbody tr").get(0).select("td").eachText())
			.containsExactly("2026-12-08 10:30", StubCaseQueryService.CASE_NUMBER, "3", "已锁定，须到窗口重新办理查询码");
		assertThat(page.select("#lockout-alerts tbody tr").get(1).select("td").eachText())
			.containsExactly("2026-12-07 09:00", StubCaseQueryService.CASE_NUMBER, "2", "已锁定（锁定时长逐次加倍）");
		assertThat(page.select("#lockout-alerts a").attr("href")).startsWith("/console/cases/view?number=");
		assertThat(CASE_QUERY.authorizations).last().isEqualTo(BEARER);
	}

	@Test
	void otherStaffCannotOpenThePage() {
		signInAs("clerk1");

		assertThat(page("/console/cases/alerts").statusCode()).isEqualTo(403);
	}

}
