package cn.jianwu.reports.obligation;

import java.io.IOException;
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
import cn.jianwu.events.HallCalendarPublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.ReportIntegrationTest;
import cn.jianwu.reports.api.obligation.Duty;
import cn.jianwu.reports.api.obligation.DutyState;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationRequest;
import cn.jianwu.reports.api.obligation.ObligationView;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register's duties on the real read model: a quarter of 2077 that ends on a holiday
 * (the institution's calendar, sent as hall-service sends it), items that name the
 * obligations, and the answer "as of" each day around the due day.
 */
class ObligationsIT extends ReportIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private Duties duties;

	@Test
	void aQuarterEndingOnAHolidayFallsDueOnItsLastWorkingDayAndAnItemThatNamesAnObligationMeetsIt() {
		// 2077: Thursday 30 and Friday 31 December off; 2078: Saturday 1 January is a
		// weekend, Sunday 2 January worked (调休), Monday 3 January off.
		PlatformEvents.send(
				new HallCalendarPublished(2077, List.of(LocalDate.of(2077, 12, 30), LocalDate.of(2077, 12, 31)),
						List.of(), Instant.parse("2076-11-01T00:00:00Z")),
				new HallCalendarPublished(2078, List.of(LocalDate.of(2078, 1, 3)), List.of(LocalDate.of(2078, 1, 2)),
						Instant.parse("2077-11-01T00:00:00Z")));
		String department = "考核测试" + UUID.randomUUID().toString().substring(0, 8) + "部";
		ObligationView never = create(quarterly("工作动态", department));
		ObligationView onTime = create(quarterly("检察改革进展情况", department));
		ObligationView late = create(quarterly("重大专项活动", department));
		String onTimeItem = UUID.randomUUID().toString();
		String lateItem = UUID.randomUUID().toString();
		PlatformEvents.send(published(onTimeItem, department, onTime.id(), LocalDate.of(2077, 12, 29)),
				published(lateItem, department, late.id(), LocalDate.of(2077, 12, 31)));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.jdbc.queryForObject("select count(*) from calendar_year where year in (2077, 2078)",
					Integer.class))
				.isEqualTo(2);
			assertThat(this.jdbc.queryForObject("select count(*) from item_revision where item_id in (?, ?)",
					Integer.class, onTimeItem, lateItem))
				.isEqualTo(2);
		});

		LocalDate from = LocalDate.of(2077, 10, 1);
		LocalDate to = LocalDate.of(2077, 12, 31);
		assertThat(asOf(department, from, to, LocalDate.of(2077, 12, 29))).extracting(Duty::dueDate)
			.as("30 and 31 December are off: due on Wednesday 29 December")
			.containsOnly(LocalDate.of(2077, 12, 29));
		assertThat(state(department, never, LocalDate.of(2077, 12, 31))).isEqualTo(DutyState.DUE);
		assertThat(state(department, never, LocalDate.of(2078, 1, 1))).as("a Saturday").isEqualTo(DutyState.DUE);
		assertThat(state(department, never, LocalDate.of(2078, 1, 2))).as("the 调休 Sunday is the first working day")
			.isEqualTo(DutyState.OVERDUE);
		assertThat(state(department, onTime, LocalDate.of(2078, 1, 2))).isEqualTo(DutyState.MET);
		assertThat(state(department, late, LocalDate.of(2077, 12, 30))).as("not published yet that day")
			.isEqualTo(DutyState.DUE);
		assertThat(state(department, late, LocalDate.of(2078, 1, 2))).isEqualTo(DutyState.MET_LATE);
		assertThat(asOf(department, from, to, LocalDate.of(2078, 1, 2)))
			.filteredOn((duty) -> duty.obligationId().equals(onTime.id()))
			.singleElement()
			.satisfies((duty) -> {
				assertThat(duty.itemId()).isEqualTo(onTimeItem);
				assertThat(duty.composeLink()).isEqualTo("/console/items/new?obligation=" + onTime.id());
			});
	}

	@Test
	void theRegisterIsChangedByItsEditorsAndEachDepartmentReadsItsOwnDuties() {
		String department = "登记测试" + UUID.randomUUID().toString().substring(0, 8) + "部";
		RestClient clerk = client(TestStaffTokens.token("clerk-ob", "林书记员", department, StaffRole.CLERK.name()));
		assertThat(clerk.post()
			.uri("/api/reports/obligations")
			.contentType(MediaType.APPLICATION_JSON)
			.body(quarterly("工作动态", department))
			.exchange(ObligationsIT::status)).isEqualTo(403);

		ObligationView created = create(quarterly("工作动态", department));
		assertThat(created.source()).isEqualTo(ObligationRegister.SOURCE_STAFF);
		String problem = admin().post()
			.uri("/api/reports/obligations")
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ObligationRequest("年度部门预算", department, Category.GOVERNMENT_AFFAIRS, null, Frequency.YEARLY, null,
					null, null, null, null, null))
			.exchange((request, response) -> response.getStatusCode().value() + " " + response.bodyTo(String.class));
		assertThat(problem).startsWith("400").contains("每年公开的事项须填写截止日期");

		ObligationView deactivated = admin().put()
			.uri("/api/reports/obligations/{id}", created.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ObligationRequest("工作动态（停用）", department, Category.OTHER, null, Frequency.QUARTERLY, null, null,
					null, null, null, false))
			.retrieve()
			.body(ObligationView.class);
		assertThat(deactivated.active()).isFalse();
		assertThat(deactivated.title()).isEqualTo("工作动态（停用）");

		ObligationView standing = create(new ObligationRequest("本部门工作流程和应告知事项", department, Category.GOVERNMENT_AFFAIRS,
				null, Frequency.LONG_TERM, null, null, null, null, null, null));
		List<Duty> mine = clerk.get()
			.uri("/api/reports/obligations/mine")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(mine).extracting(Duty::obligationId).contains(standing.id());
		assertThat(mine).allSatisfy((duty) -> assertThat(duty.department()).isEqualTo(department));
		RestClient stranger = client(TestStaffTokens.token("clerk-other", "陈书记员", "另一部门", StaffRole.CLERK.name()));
		assertThat(stranger.get()
			.uri("/api/reports/obligations/duties?department={d}", department)
			.exchange(ObligationsIT::status)).isEqualTo(403);
	}

	private static int status(HttpRequest request, RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response)
			throws IOException {
		return response.getStatusCode().value();
	}

	private DutyState state(String department, ObligationView obligation, LocalDate today) {
		return asOf(department, LocalDate.of(2077, 10, 1), LocalDate.of(2077, 12, 31), today).stream()
			.filter((duty) -> duty.obligationId().equals(obligation.id()))
			.findFirst()
			.orElseThrow()
			.state();
	}

	private List<Duty> asOf(String department, LocalDate from, LocalDate to, LocalDate today) {
		return this.duties.duties(department, from, to, today);
	}

	private ObligationView create(ObligationRequest request) {
		return admin().post()
			.uri("/api/reports/obligations")
			.contentType(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(ObligationView.class);
	}

	private static ObligationRequest quarterly(String title, String department) {
		return new ObligationRequest(title, department, Category.OTHER, null, Frequency.QUARTERLY, null, null, null,
				null, "《实施意见》四（二）", null);
	}

	static DisclosurePublished published(String item, String department, String obligationId, LocalDate day) {
		return new DisclosurePublished(item, 1, Category.OTHER, null, "标题", "摘要", "<p>正文</p>", department,
				Visibility.PUBLIC, List.of(Channel.PORTAL), day.atTime(15, 0).atZone(ZONE).toInstant(),
				"http://localhost:8080/items/" + item, List.of(), obligationId);
	}

	private RestClient admin() {
		return client(TestStaffTokens.admin());
	}

	private RestClient client(String token) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders((headers) -> headers.setBearerAuth(token))
			.build();
	}

}
