package cn.jianwu.casequery.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.TestTokens;
import cn.jianwu.casequery.audit.QueryAudit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jianwu.casequery.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Statistics per channel and day: queries, successes, failures, lock-outs. */
class StatsIT extends CaseQueryIntegrationTest {

	@Autowired
	QueryAudit audit;

	@Test
	void countsQueriesPerChannelAndDay() {
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		String path = "/api/cases/stats?from=" + today + "&to=" + today;
		this.audit.flush();
		Api.Response before = this.api.staff(TestTokens.supervisor(), "GET", path, null);
		assertThat(before.status()).as(before.body()).isEqualTo(200);
		List<Credential> credentials = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumbers(2));
		Credential kiosk = credentials.get(0);
		Credential hotline = credentials.get(1);
		String client = TestCases.client();
		this.api.query(client,
				"{\"queryCode\":\"" + kiosk.code() + "\",\"idLast4\":\"" + kiosk.last4() + "\",\"channel\":\"KIOSK\"}");
		for (int i = 0; i < 5; i++) {
			this.api.query(client, "{\"queryCode\":\"" + kiosk.code() + "\",\"idLast4\":\"" + kiosk.wrongLast4()
					+ "\",\"channel\":\"KIOSK\"}");
		}
		this.api.form(client, "/api/hotline/answer?round=1", "code=" + hotline.code() + "&last4=" + hotline.last4());
		this.api.staff(TestTokens.caseManager(), "POST", "/api/cases/desk-query",
				"{\"caseNumber\":\"" + kiosk.caseNumber() + "\",\"visitorIdLast4\":\"1234\"}");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Api.Response after = this.api.staff(TestTokens.caseManager(), "GET", path, null);
			assertThat(delta(before, after, "KIOSK")).containsExactly(6L, 1L, 5L, 1L);
			assertThat(delta(before, after, "HOTLINE")).containsExactly(1L, 1L, 0L, 0L);
			assertThat(delta(before, after, "DESK")).containsExactly(1L, 1L, 0L, 0L);
		});
		Api.Response after = this.api.staff(TestTokens.caseManager(), "GET", path, null);
		assertThat(after.<List<String>>read("$.days[*].date")).containsOnly(today);
		assertThat(after.<String>read("$.days[0].channelLabel")).isNotBlank();
	}

	@Test
	void onlyCaseManagersAndSupervisorsSeeStatistics() {
		assertProblem(this.api.staff(TestTokens.clerk(), "GET", "/api/cases/stats", null), 403, "forbidden");
		assertProblem(this.api.anonymous("GET", "/api/cases/stats", null), 401, "unauthorized");
		assertProblem(
				this.api.staff(TestTokens.supervisor(), "GET", "/api/cases/stats?from=2026-02-01&to=2026-01-01", null),
				400, "validation");
		assertThat(this.api.staff(TestTokens.supervisor(), "GET", "/api/cases/stats", null).<String>read("$.zone"))
			.isEqualTo("Asia/Shanghai");
	}

	/** Queries, successes, failures, lock-outs added to a channel between two answers. */
	private static List<Long> delta(Api.Response before, Api.Response after, String channel) {
		long[] a = totals(before, channel);
		long[] b = totals(after, channel);
		return List.of(b[0] - a[0], b[1] - a[1], b[2] - a[2], b[3] - a[3]);
	}

	private static long[] totals(Api.Response response, String channel) {
		List<Map<String, Object>> rows = response.read("$.channels[?(@.channel == '" + channel + "')]");
		if (rows.isEmpty()) {
			return new long[4];
		}
		Map<String, Object> row = rows.get(0);
		return new long[] { number(row, "queries"), number(row, "successes"), number(row, "failures"),
				number(row, "lockouts") };
	}

	private static long number(Map<String, Object> row, String key) {
		return ((Number) row.get(key)).longValue();
	}

}
