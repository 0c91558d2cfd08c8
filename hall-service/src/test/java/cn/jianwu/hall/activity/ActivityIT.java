package cn.jianwu.hall.activity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.events.Category;
import cn.jianwu.events.HallAgendaChanged;
import cn.jianwu.events.HallAppointmentBooked;
import cn.jianwu.events.HallAppointmentCancelled;
import cn.jianwu.events.Topics;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.agenda.ScheduledActivities;
import cn.jianwu.hall.api.agenda.AgendaLine;
import cn.jianwu.hall.api.handling.WriterDetails;
import cn.jianwu.hall.call.DisclosureServiceStub;
import cn.jianwu.hall.personal.WriterVault;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Activities from their announcement to their report, against the real PostgreSQL, Redis
 * and Kafka, with disclosure-service simulated at its HTTP boundary: the announcement is
 * drafted and submitted as the member of staff; the public sees the activity only once
 * that item is public; sign-ups respect their window, the invitees' list, one phone once
 * and the capacity (with a waitlist that moves up when a place is freed); codes fail
 * uniformly; staff export, check in, report and enter opinions as suggestions.
 */
class ActivityIT extends HallIntegrationTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final String OFFICE = "办公室";

	@Autowired
	ActivitySweep sweep;

	@Autowired
	ScheduledActivities scheduled;

	@Autowired
	WriterVault writers;

	private final String officer = TestStaffTokens.token("office1", "钱接待员", OFFICE, "HALL_OFFICER");

	private ActivityClient api() {
		return new ActivityClient(this.port);
	}

	@Test
	void anOpenDayFromItsAnnouncementToItsReport() throws Exception {
		ActivityClient api = api();
		String marker = "开放日" + UUID.randomUUID().toString().substring(0, 8);
		UUID announcement = UUID.randomUUID();
		UUID report = UUID.randomUUID();
		DisclosureServiceStub.createsItem(marker + "”的公告", announcement);
		DisclosureServiceStub.createsItem(marker + "”活动情况", report);
		DisclosureServiceStub.notPublic(announcement);
		DisclosureServiceStub.notPublic(report);
		LocalDate day = farDay();
		LocalDateTime now = now();

		ActivityClient.Response created = api.staff("POST", "/api/hall/staff/activities", this.officer,
				activityJson(marker, "OPEN_DAY", day.atTime(9, 30), day.atTime(11, 30), 2, now.minusHours(1),
						now.plusDays(1), "PUBLIC", "[]"));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.read("$.id");
		assertThat(created.<String>read("$.state")).isEqualTo("ANNOUNCING");
		assertThat(created.<String>read("$.announcementItemId")).isEqualTo(announcement.toString());
		assertThat(created.<String>read("$.department")).isEqualTo(OFFICE);
		assertThat(created.<Boolean>read("$.signUpOpen")).isFalse();
		LoggedRequest draft = onlyDraft(marker + "”的公告");
		assertThat(draft.getHeader("Authorization")).isEqualTo("Bearer " + this.officer);
		assertThat(draft.getHeader("Idempotency-Key")).contains(id);
		ItemRequest item = STRICT.readValue(draft.getBodyAsString(), ItemRequest.class);
		assertThat(item.title()).isEqualTo("关于举办“" + marker + "”的公告");
		assertThat(item.category()).isEqualTo(Category.OTHER);
		assertThat(item.department()).isEqualTo(OFFICE);
		assertThat(item.body()).contains("<p>参观检察服务大厅和案件管理中心。</p>", "本院一楼大厅", "/hall/activities/" + id, "名额2名");
		assertThat(DisclosureServiceStub.SERVER
			.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures/" + announcement + "/submit")))).singleElement()
			.satisfies((submit) -> assertThat(submit.getHeader("Authorization")).isEqualTo("Bearer " + this.officer));

		// not public yet: the activity does not exist for the public, nor on the agenda
		assertThat(api.publicly("GET", "/api/public/activities", null).<List<String>>read("$[*].id"))
			.doesNotContain(id);
		assertThat(api.publicly("GET", "/api/public/activities/" + id, null).status()).isEqualTo(404);
		assertThat(api
			.publicly("POST", "/api/hall/activities/" + id + "/sign-ups", signUpJson("张一", "13700000001", "1111"))
			.status()).isEqualTo(404);
		assertThat(this.scheduled.on(day)).isEmpty();
		this.sweep.sweep();
		assertThat(this.jdbc.queryForObject("SELECT announced_at IS NULL FROM activity WHERE id = ?::uuid",
				Boolean.class, id))
			.isTrue();

		// published: the sweep announces it once, the agenda of its day changes
		DisclosureServiceStub.published(announcement);
		this.sweep.sweep();
		ActivityClient.Response shown = api.publicly("GET", "/api/public/activities/" + id, null);
		assertThat(shown.status()).as(shown.body()).isEqualTo(200);
		assertThat(shown.<String>read("$.state")).isEqualTo("ANNOUNCED");
		assertThat(shown.<Boolean>read("$.signUpOpen")).isTrue();
		assertThat(api.publicly("GET", "/api/public/activities?upcoming=true", null).<List<String>>read("$[*].id"))
			.contains(id);
		assertThat(api.publicly("GET", "/api/public/activities?upcoming=false", null).<List<String>>read("$[*].id"))
			.doesNotContain(id);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE subject_id = ?::uuid AND action = 'ANNOUNCE_ACTIVITY'",
				Long.class, id))
			.isEqualTo(1);
		List<TestEvents.Keyed> agenda = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallAgendaChanged changed && changed.date().equals(day),
				Duration.ofSeconds(30));
		assertThat(agenda.get(0).key()).isEqualTo(day.toString());
		assertThat(this.scheduled.on(day))
			.containsExactly(new AgendaLine(day.atTime(9, 30), day.atTime(11, 30), marker, "检察开放日", "本院一楼大厅"));
		assertThat(this.scheduled.nextOpenDay(day)).map(AgendaLine::title).contains(marker);

		// two places, then the waitlist; one phone once
		ActivityClient.Response first = signUp(api, id, "张一", "13700000001", "1111");
		ActivityClient.Response second = signUp(api, id, "张二", "13700000002", "2222");
		ActivityClient.Response third = signUp(api, id, "张三", "13700000003", "333x");
		ActivityClient.Response fourth = signUp(api, id, "张四", "137-0000-0004".replace("-", ""), "4444");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.<String>read("$.state")).isEqualTo("CONFIRMED");
		assertThat(first.<String>read("$.signUpCode")).matches("[0-9]{12}");
		assertThat(first.<Integer>read("$.waitlistPosition")).isZero();
		assertThat(second.<String>read("$.state")).isEqualTo("CONFIRMED");
		assertThat(third.<String>read("$.state")).isEqualTo("WAITLISTED");
		assertThat(third.<Integer>read("$.waitlistPosition")).isEqualTo(1);
		assertThat(fourth.<Integer>read("$.waitlistPosition")).isEqualTo(2);
		ActivityClient.Response twice = signUp(api, id, "张一", "13700000001", "9999");
		assertThat(twice.status()).as(twice.body()).isEqualTo(409);
		assertThat(twice.<String>read("$.type")).endsWith("/sign-up-exists");
		assertThat(twice.<String>read("$.title")).isEqualTo("您已报名本活动");
		ActivityClient.Response counted = api.publicly("GET", "/api/public/activities/" + id, null);
		assertThat(counted.<Integer>read("$.signedUp")).isEqualTo(2);
		assertThat(counted.<Integer>read("$.waitlisted")).isEqualTo(2);
		assertThat(counted.body()).doesNotContain("张一", "13700000001");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM activity_sign_up_person p JOIN activity_sign_up s ON s.id = p.sign_up_id "
						+ "WHERE s.activity_id = ?::uuid AND position(convert_to('13700000001', 'UTF8') in p.ciphertext) > 0",
				Long.class, id))
			.isZero();

		List<String> ids = api.staff("GET", "/api/hall/staff/activities/" + id + "/sign-ups", this.officer, null)
			.read("$[*].id");
		List<String> names = api.staff("GET", "/api/hall/staff/activities/" + id + "/sign-ups", this.officer, null)
			.read("$[*].name");
		assertThat(names).containsExactly("张一", "张二", "张三", "张四");
		String firstId = ids.get(0);
		String thirdId = ids.get(2);
		List<TestEvents.Keyed> booked = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallAppointmentBooked b && b.appointmentId().equals(firstId),
				Duration.ofSeconds(30));
		HallAppointmentBooked bookedFirst = (HallAppointmentBooked) booked.get(0).event().payload();
		assertThat(bookedFirst.serviceId()).isEqualTo(id);
		assertThat(bookedFirst.state()).isEqualTo("CONFIRMED");
		assertThat(bookedFirst.slotStart()).isEqualTo(day.atTime(9, 30).atZone(SHANGHAI).toInstant());

		// the code: found with the right last four only, every failure the same bytes
		String code = first.read("$.signUpCode");
		ActivityClient.Response found = codeRequest(api, "lookup", code, "1111");
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.<String>read("$.state")).isEqualTo("CONFIRMED");
		assertThat(found.<Boolean>read("$.canCancel")).isTrue();
		assertThat(codeRequest(api, "lookup", third.read("$.signUpCode"), "333X").<String>read("$.state"))
			.as("the last four in any case")
			.isEqualTo("WAITLISTED");
		ActivityClient.Response wrong = codeRequest(api, "lookup", code, "1112");
		ActivityClient.Response unknown = codeRequest(api, "cancel", "000000000000", "1111");
		ActivityClient.Response malformed = codeRequest(api, "lookup", "12ab", "1111");
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.<String>read("$.type")).endsWith("/hall-booking-lookup-failed");
		assertThat(wrong.<String>read("$.title")).isEqualTo("未找到预约");
		assertThat(unknown.bytes()).isEqualTo(wrong.bytes());
		assertThat(malformed.bytes()).isEqualTo(wrong.bytes());

		// cancelling frees the place once and moves the first waitlisted up
		ActivityClient.Response cancelled = codeRequest(api, "cancel", code, "1111");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.<String>read("$.state")).isEqualTo("CANCELLED");
		assertThat(cancelled.<Boolean>read("$.canCancel")).isFalse();
		ActivityClient.Response again = codeRequest(api, "cancel", code, "1111");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.<String>read("$.state")).isEqualTo("CANCELLED");
		assertThat(codeRequest(api, "lookup", third.read("$.signUpCode"), "333x").<String>read("$.state"))
			.isEqualTo("CONFIRMED");
		assertThat(codeRequest(api, "lookup", fourth.read("$.signUpCode"), "4444").<Integer>read("$.waitlistPosition"))
			.isEqualTo(1);
		ActivityClient.Response after = api.publicly("GET", "/api/public/activities/" + id, null);
		assertThat(after.<Integer>read("$.signedUp")).isEqualTo(2);
		assertThat(after.<Integer>read("$.waitlisted")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_id = ?::uuid ORDER BY seq",
				String.class, UUID.fromString(firstId)))
			.containsExactly("SIGN_UP", "CANCEL_SIGN_UP");
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_id = ?::uuid ORDER BY seq",
				String.class, UUID.fromString(thirdId)))
			.containsExactly("SIGN_UP", "PROMOTE_SIGN_UP");
		List<TestEvents.Keyed> cancelledEvents = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallAppointmentCancelled c && c.appointmentId().equals(firstId),
				Duration.ofSeconds(30));
		assertThat(((HallAppointmentCancelled) cancelledEvents.get(0).event().payload()).byStaff()).isFalse();

		// staff: the list and the file (personal data, staff who may read them only)
		ActivityClient.Response csv = api.staff("GET", "/api/hall/staff/activities/" + id + "/attendance.csv",
				this.officer, null);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.contentDisposition()).startsWith("attachment").contains(".csv");
		assertThat(Arrays.copyOf(csv.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String rows = new String(csv.bytes(), 3, csv.bytes().length - 3, StandardCharsets.UTF_8);
		assertThat(rows.split("\r\n")).hasSize(5);
		assertThat(rows).startsWith("序号,姓名,联系电话").contains("张二,13700000002,2222", "张一,13700000001,1111", "已取消");
		String supervisor = TestStaffTokens.token("supervisor1", "监督员", OFFICE, "SUPERVISOR");
		String clerk = TestStaffTokens.token("clerk3", "郑书记员", "控告申诉检察部", "CLERK");
		assertThat(api.staff("GET", "/api/hall/staff/activities/" + id + "/attendance.csv", supervisor, null).status())
			.isEqualTo(200);
		assertThat(api.staff("GET", "/api/hall/staff/activities/" + id + "/attendance.csv", clerk, null).status())
			.isEqualTo(403);
		assertThat(api.publicly("GET", "/api/hall/staff/activities/" + id + "/attendance.csv", null).status())
			.isEqualTo(401);
		assertThat(api.staff("POST", "/api/hall/staff/activities/" + id + "/cancel", supervisor, "{\"reason\":\"x\"}")
			.status()).isEqualTo(403);

		// an opinion given there becomes a suggestion of the hall, its writer sealed
		String secondId = ids.get(1);
		ActivityClient.Response opinion = api.staff("POST", "/api/hall/staff/activities/" + id + "/opinions",
				this.officer, """
						{"attendeeId":"%s","subject":"建议增加开放日场次","text":"开放日很有意义，建议每季度举办一次。"}
						""".formatted(secondId));
		assertThat(opinion.status()).as(opinion.body()).isEqualTo(201);
		assertThat(opinion.<String>read("$.kind")).isEqualTo("SUGGESTION");
		UUID messageId = this.jdbc.queryForObject(
				"SELECT message_id FROM activity_opinion WHERE activity_id = ?::uuid AND sign_up_id = ?::uuid",
				UUID.class, id, secondId);
		assertThat(this.jdbc.queryForMap("SELECT kind, channel, status, subject, body FROM message WHERE id = ?",
				messageId))
			.containsEntry("kind", "SUGGESTION")
			.containsEntry("channel", "DESK")
			.containsEntry("status", "RECEIVED")
			.containsEntry("subject", "建议增加开放日场次");
		assertThat(this.jdbc.queryForObject("SELECT body FROM message WHERE id = ?", String.class, messageId))
			.contains(marker, "开放日很有意义")
			.doesNotContain("13700000002");
		assertThat(this.writers.open(messageId)).map(WriterDetails::name).contains("张二");
		assertThat(this.writers.open(messageId)).map(WriterDetails::phone).contains("13700000002");
		assertThat(this.jdbc.queryForObject(
				"SELECT answer_by IS NOT NULL AND acknowledge_by IS NOT NULL FROM message WHERE id = ?", Boolean.class,
				messageId))
			.as("on the message clock")
			.isTrue();

		// the day comes: check-in at the desk, then the report
		ActivityClient.Response early = api.staff("POST",
				"/api/hall/staff/activities/" + id + "/sign-ups/" + secondId + "/check-in", this.officer, null);
		assertThat(early.status()).as(early.body()).isEqualTo(409);
		assertThat(early.<String>read("$.title")).isEqualTo("只能在活动当天签到");
		assertThat(api
			.staff("POST", "/api/hall/staff/activities/" + id + "/report", this.officer, "{\"summary\":\"活动圆满举办。\"}")
			.<String>read("$.title")).isEqualTo("活动尚未举办");
		LocalDate today = LocalDate.now(SHANGHAI);
		this.jdbc.update(
				"UPDATE activity SET starts_at = ?, ends_at = ?, sign_up_opens_at = ?, sign_up_closes_at = ? "
						+ "WHERE id = ?::uuid",
				today.atStartOfDay(), today.atTime(23, 59, 59), today.minusDays(2).atStartOfDay(),
				today.minusDays(1).atStartOfDay(), id);
		ActivityClient.Response checkedIn = api.staff("POST",
				"/api/hall/staff/activities/" + id + "/sign-ups/" + secondId + "/check-in", this.officer, null);
		assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
		assertThat(checkedIn.<String>read("$.state")).isEqualTo("CHECKED_IN");
		ActivityClient.Response checkedAgain = api.staff("POST",
				"/api/hall/staff/activities/" + id + "/sign-ups/" + secondId + "/check-in", this.officer, null);
		assertThat(checkedAgain.<String>read("$.checkedInAt")).isEqualTo(checkedIn.read("$.checkedInAt"));
		assertThat(api
			.staff("POST", "/api/hall/staff/activities/" + id + "/sign-ups/" + ids.get(3) + "/check-in", this.officer,
					null)
			.<String>read("$.title")).isEqualTo("该报名未获得名额");

		ActivityClient.Response reported = api.staff("POST", "/api/hall/staff/activities/" + id + "/report",
				this.officer, "{\"summary\":\"活动圆满举办。\\n群众代表参观了检察服务大厅。\"}");
		assertThat(reported.status()).as(reported.body()).isEqualTo(200);
		assertThat(reported.<String>read("$.reportItemId")).isEqualTo(report.toString());
		assertThat(reported.<String>read("$.state")).isEqualTo("HELD");
		LoggedRequest reportDraft = onlyDraft(marker + "”活动情况");
		assertThat(reportDraft.getHeader("Authorization")).isEqualTo("Bearer " + this.officer);
		assertThat(STRICT.readValue(reportDraft.getBodyAsString(), ItemRequest.class).body())
			.contains("<p>活动圆满举办。</p><p>群众代表参观了检察服务大厅。</p>");
		assertThat(api
			.staff("POST", "/api/hall/staff/activities/" + id + "/report", this.officer, "{\"summary\":\"再来一次。\"}")
			.<String>read("$.type")).endsWith("/activity-report-exists");
		assertThat(api.publicly("GET", "/api/public/activities/" + id, null).<String>read("$.reportItemId")).isNull();
		DisclosureServiceStub.published(report);
		ActivityClient.Response done = api.publicly("GET", "/api/public/activities/" + id, null);
		assertThat(done.<String>read("$.state")).isEqualTo("REPORTED");
		assertThat(done.<String>read("$.reportItemId")).isEqualTo(report.toString());

		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_id = ?::uuid ORDER BY seq",
				String.class, UUID.fromString(id)))
			.containsExactly("CREATE_ACTIVITY", "ANNOUNCE_ACTIVITY", "EXPORT_ATTENDANCE", "EXPORT_ATTENDANCE",
					"RECORD_OPINION", "REPORT_ACTIVITY");
	}

	@Test
	void onlyInviteesSignUpWithinTheWindowAndACancelledActivityCancelsEverySignUp() {
		ActivityClient api = api();
		String marker = "视察" + UUID.randomUUID().toString().substring(0, 8);
		UUID announcement = UUID.randomUUID();
		DisclosureServiceStub.createsItem(marker + "”的公告", announcement);
		DisclosureServiceStub.published(announcement);
		LocalDate day = farDay();
		LocalDateTime now = now();
		String invitees = """
				[{"name":"王代表","phone":"13900000001","role":"NPC_DEPUTY"},
				 {"name":"赵委员","phone":"010-66660001","role":"CPPCC_MEMBER"}]""";

		ActivityClient.Response created = api.staff("POST", "/api/hall/staff/activities", this.officer,
				activityJson(marker, "DEPUTIES_VISIT", day.atTime(14, 0), day.atTime(16, 0), 10, now.plusDays(1),
						now.plusDays(2), "INVITED", invitees));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.read("$.id");
		assertThat(created.<String>read("$.state")).as("announced at once: its item is public").isEqualTo("ANNOUNCED");

		ActivityClient.Response early = signUp(api, id, "王代表", "13900000001", "1234");
		assertThat(early.status()).as(early.body()).isEqualTo(409);
		assertThat(early.<String>read("$.title")).isEqualTo("报名尚未开始");
		this.jdbc.update("UPDATE activity SET sign_up_opens_at = ? WHERE id = ?::uuid", now.minusHours(1), id);

		ActivityClient.Response stranger = signUp(api, id, "陌生人", "13900000009", "1234");
		ActivityClient.Response wrongName = signUp(api, id, "王某", "13900000001", "1234");
		assertThat(stranger.status()).isEqualTo(403);
		assertThat(stranger.<String>read("$.title")).isEqualTo("本活动仅限特邀人员报名");
		assertThat(stranger.contentType()).startsWith("application/problem+json");
		assertThat(wrongName.status()).isEqualTo(403);
		ActivityClient.Response deputy = signUp(api, id, "王 代表", "13900000001", "1234");
		ActivityClient.Response member = signUp(api, id, "赵委员", "01066660001", "5678");
		assertThat(deputy.status()).as(deputy.body()).isEqualTo(201);
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		assertThat(api.staff("GET", "/api/hall/staff/activities/" + id + "/sign-ups", this.officer, null)
			.<List<String>>read("$[*].inviteeRole")).containsExactly("NPC_DEPUTY", "CPPCC_MEMBER");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM activity_invitee WHERE activity_id = ?::uuid AND (phone_hash LIKE '%13900000001%' "
						+ "OR position(convert_to('13900000001', 'UTF8') in ciphertext) > 0)",
				Long.class, id))
			.isZero();

		this.jdbc.update("UPDATE activity SET sign_up_closes_at = ? WHERE id = ?::uuid", now.minusMinutes(1), id);
		ActivityClient.Response late = signUp(api, id, "王代表", "13900000001", "1234");
		assertThat(late.<String>read("$.title")).isEqualTo("报名已截止");

		ActivityClient.Response cancelled = api.staff("POST", "/api/hall/staff/activities/" + id + "/cancel",
				this.officer, "{\"reason\":\"因故取消\"}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.<String>read("$.state")).isEqualTo("CANCELLED");
		assertThat(cancelled.<Integer>read("$.signedUp")).isZero();
		assertThat(codeRequest(api, "lookup", deputy.read("$.signUpCode"), "1234").<String>read("$.state"))
			.isEqualTo("CANCELLED");
		assertThat(
				api.staff("POST", "/api/hall/staff/activities/" + id + "/cancel", this.officer, "{\"reason\":\"因故取消\"}")
					.status())
			.isEqualTo(409);
		String deputyId = this.jdbc
			.queryForObject("SELECT s.id::text FROM activity_sign_up s WHERE s.activity_id = ?::uuid "
					+ "ORDER BY signed_up_at LIMIT 1", String.class, id);
		List<TestEvents.Keyed> byStaff = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallAppointmentCancelled c && c.appointmentId().equals(deputyId),
				Duration.ofSeconds(30));
		assertThat(((HallAppointmentCancelled) byStaff.get(0).event().payload()).byStaff()).isTrue();
		assertThat(this.scheduled.on(day)).extracting(AgendaLine::title).doesNotContain(marker);
		assertThat(api.publicly("GET", "/api/public/activities/" + id, null).<String>read("$.state"))
			.isEqualTo("CANCELLED");
	}

	@Test
	void theLastPlacesGoToExactlyAsManyAsThereAreHoweverManyRace() throws Exception {
		ActivityClient api = api();
		String marker = "座谈会" + UUID.randomUUID().toString().substring(0, 8);
		UUID announcement = UUID.randomUUID();
		DisclosureServiceStub.createsItem(marker + "”的公告", announcement);
		DisclosureServiceStub.published(announcement);
		LocalDate day = farDay();
		LocalDateTime now = now();
		String id = api
			.staff("POST", "/api/hall/staff/activities", this.officer,
					activityJson(marker, "FORUM", day.atTime(9, 0), day.atTime(10, 0), 3, now.minusHours(1),
							now.plusDays(1), "PUBLIC", "[]"))
			.read("$.id");

		int people = 20;
		ExecutorService pool = Executors.newFixedThreadPool(people);
		List<Future<ActivityClient.Response>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < people; i++) {
				String phone = String.format("1360000%04d", i);
				Callable<ActivityClient.Response> call = () -> signUp(api, id, "参会者", phone, "0000");
				answers.add(pool.submit(call));
			}
			List<String> states = new ArrayList<>();
			List<Integer> positions = new ArrayList<>();
			for (Future<ActivityClient.Response> answer : answers) {
				ActivityClient.Response response = answer.get();
				assertThat(response.status()).as(response.body()).isEqualTo(201);
				states.add(response.read("$.state"));
				positions.add(response.read("$.waitlistPosition"));
			}
			assertThat(states).filteredOn("CONFIRMED"::equals).hasSize(3);
			assertThat(positions).filteredOn((position) -> position > 0)
				.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, people - 3).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("SELECT taken FROM activity WHERE id = ?::uuid", Integer.class, id))
			.isEqualTo(3);
	}

	private static ActivityClient.Response signUp(ActivityClient api, String id, String name, String phone,
			String idLast4) {
		return api.publicly("POST", "/api/hall/activities/" + id + "/sign-ups", signUpJson(name, phone, idLast4));
	}

	private static ActivityClient.Response codeRequest(ActivityClient api, String what, String code, String idLast4) {
		return api.publicly("POST", "/api/hall/activities/sign-ups/" + what,
				"{\"bookingCode\":\"%s\",\"idLast4\":\"%s\"}".formatted(code, idLast4));
	}

	private static String signUpJson(String name, String phone, String idLast4) {
		return """
				{"name":"%s","phone":"%s","idLast4":"%s","organisation":"某社区"}
				""".formatted(name, phone, idLast4);
	}

	private static String activityJson(String title, String kind, LocalDateTime startsAt, LocalDateTime endsAt,
			int capacity, LocalDateTime opensAt, LocalDateTime closesAt, String audience, String invitees) {
		return """
				{"title":"%s","kind":"%s","description":"参观检察服务大厅和案件管理中心。\\n欢迎报名。","startsAt":"%s","endsAt":"%s",
				 "place":"本院一楼大厅","capacity":%d,"signUpOpensAt":"%s","signUpClosesAt":"%s","audience":"%s","invitees":%s}
				"""
			.formatted(title, kind, startsAt, endsAt, capacity, opensAt, closesAt, audience, invitees);
	}

	private static LoggedRequest onlyDraft(String titlePart) {
		List<LoggedRequest> found = DisclosureServiceStub.SERVER
			.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures"))
				.withRequestBody(matchingJsonPath("$.title", containing(titlePart))));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/**
	 * A day of its own, far ahead, so that its agenda holds this test's activity only.
	 */
	private static LocalDate farDay() {
		return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 20_000));
	}

	private static LocalDateTime now() {
		return LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS);
	}

}
