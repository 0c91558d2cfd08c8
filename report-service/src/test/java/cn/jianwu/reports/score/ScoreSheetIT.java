package cn.jianwu.reports.score;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.ReportIntegrationTest;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationRequest;
import cn.jianwu.reports.api.obligation.ObligationView;
import cn.jianwu.reports.api.score.ScoreRow;
import cn.jianwu.reports.api.score.ScoreSheet;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The score sheet counts what a department did in the year, from the events as they came:
 * this test's own department, in the current year (the sheet refuses future years), with
 * one event of the year before that must not count.
 */
class ScoreSheetIT extends ReportIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Test
	void countsTheDepartmentsDutiesItemsCorrectionsWithdrawalsRejectionsAndRefusals() {
		LocalDate today = LocalDate.now(Clock.system(ZONE));
		int year = today.getYear();
		String department = "评分测试" + UUID.randomUUID().toString().substring(0, 8) + "部";
		RestClient admin = client(TestStaffTokens.admin());
		ObligationView obligation = admin.post()
			.uri("/api/reports/obligations")
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ObligationRequest("检察改革进展情况", department, Category.GOVERNMENT_AFFAIRS, null, Frequency.AD_HOC,
					null, null, null, today, null, null))
			.retrieve()
			.body(ObligationView.class);
		Instant thisYear = LocalDate.of(year, 1, 2).atTime(10, 0).atZone(ZONE).toInstant();
		Instant lastYear = thisYear.minus(Duration.ofDays(10));
		String met = UUID.randomUUID().toString();
		String corrected = UUID.randomUUID().toString();
		String withdrawn = UUID.randomUUID().toString();
		String old = UUID.randomUUID().toString();
		List<PlatformEvent> events = List.of(
				published(met, department, obligation.id(), Instant.now().minusSeconds(60)),
				published(corrected, department, null, thisYear),
				new DisclosureRevised(corrected, 2, 1, Category.GOVERNMENT_AFFAIRS, null, "标题（更正）", "摘要", "<p>正文</p>",
						department, Visibility.PUBLIC, List.of(Channel.PORTAL), thisYear.plusSeconds(3600), null,
						List.of(), null),
				published(withdrawn, department, null, thisYear),
				new DisclosureWithdrawn(withdrawn, 1, "内容有误", thisYear.plusSeconds(7200)),
				published(old, department, null, lastYear),
				step(met, department, WorkflowAction.REJECT, thisYear.minusSeconds(600)),
				step(corrected, department, WorkflowAction.REJECT, thisYear.minusSeconds(500)),
				step(corrected, department, WorkflowAction.REFUSE, thisYear.minusSeconds(400)),
				step(old, department, WorkflowAction.REJECT, lastYear.minusSeconds(400)));
		PlatformEvents.send(events);

		RestClient office = client(TestStaffTokens.token("office-ob", "王主任", "办公室", StaffRole.CLERK.name()));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			ScoreSheet sheet = office.get()
				.uri("/api/reports/scores?year={year}", year)
				.retrieve()
				.body(ScoreSheet.class);
			assertThat(sheet.rows()).filteredOn((row) -> row.department().equals(department))
				.singleElement()
				.isEqualTo(new ScoreRow(department, 1, 1, 0, 0, 1.0, 3, 1, 1, 2, 1));
		});

		byte[] csv = office.get().uri("/api/reports/scores/{year}.csv", year).retrieve().body(byte[].class);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF部门,应公开任务数,按时公开").contains(department + ",1,1,0,0,100.0%,3,1,1,2,1");
		byte[] xlsx = office.get().uri("/api/reports/scores/{year}.xlsx", year).retrieve().body(byte[].class);
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).as("a ZIP, as XLSX files are").isEqualTo("PK");

		RestClient clerk = client(TestStaffTokens.token("clerk-ob", "林书记员", department, StaffRole.CLERK.name()));
		int status = clerk.get()
			.uri("/api/reports/scores?year={year}", year)
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).as("a clerk outside the office does not read the sheet").isEqualTo(403);
	}

	private static DisclosurePublished published(String item, String department, String obligationId, Instant at) {
		return new DisclosurePublished(item, 1, Category.GOVERNMENT_AFFAIRS, null, "标题", "摘要", "<p>正文</p>", department,
				Visibility.PUBLIC, List.of(Channel.PORTAL), at, "http://localhost:8080/items/" + item, List.of(),
				obligationId);
	}

	private static DisclosureStepRecorded step(String item, String department, WorkflowAction action, Instant at) {
		return new DisclosureStepRecorded(item, 1, action, "head1", StaffRole.SECTION_HEAD.name(), department,
				department, Category.GOVERNMENT_AFFAIRS, null, false, null, "PENDING_REVIEW", "DRAFT", "理由", at);
	}

	private RestClient client(String token) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders((headers) -> headers.setBearerAuth(token))
			.build();
	}

}
