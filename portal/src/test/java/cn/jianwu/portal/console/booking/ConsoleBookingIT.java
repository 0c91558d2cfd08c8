package cn.jianwu.portal.console.booking;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.console.StubbedConsole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's appointments and activities over HTTP, signed in as the hall's officer
 * (who also confirms lawyers' bookings), against hall-service's staff API played by
 * {@link StubBookingService}: what staff see on each page, and what each form sends, with
 * the member's token.
 */
class ConsoleBookingIT extends StubbedConsole {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SERVICES = "/api/hall/staff/services";

	@Test
	void theStartPageCountsTodaysBookingsAndThePendingLawyersAndTheNavigationLeadsThere() {
		signInAs("office1");
		Document home = Jsoup.parse(page("/console").body());
		assertThat(home.select("nav[aria-label=控制台导航] a[href=/console/hall/services]").text()).isEqualTo("预约与活动");
		assertThat(home.selectFirst("#booking-today").text()).as("two services, two places held each")
			.isEqualTo("今日预约 4");
		assertThat(home.selectFirst("#booking-pending").text()).isEqualTo("待确认律师预约 1");
		assertThat(home.selectFirst("#booking-pending").hasClass("alarm")).isTrue();
	}

	@Test
	void anOfficerDefinesAServiceAndSeesMistakesBesideTheFields() {
		signInAs("office1");
		Document services = PageChecks.assertAccessible(page("/console/hall/services").body());
		assertThat(services.select("#services tbody tr td:nth-of-type(1)").eachText()).containsExactly("控告申诉来访接待",
				"律师阅卷");
		assertThat(services.selectFirst("#new-service").attr("href")).isEqualTo("/console/hall/services/new");

		Document blank = PageChecks.assertAccessible(page("/console/hall/services/new").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", blank.selectFirst("#service-form input[name=_csrf]").val());
		fields.put("kind", "CHIEF_RECEPTION");
		fields.put("name", "");
		fields.put("department", "办公室");
		fields.put("leader", "李检察长");
		fields.put("place", "一号接待室");
		fields.put("opensAt", "9点");
		fields.put("closesAt", "11:30");
		fields.put("slotMinutes", "30");
		fields.put("capacity", "3");
		fields.put("bookingDaysAhead", "30");
		fields.put("bookingClosesHoursBefore", "48");
		fields.put("dates", "2026-12-17\n2026-12-10");
		fields.put("blackoutDates", "");
		fields.put("notes", "请携带身份证。");
		fields.put("active", "true");
		long sent = BOOKING.count("POST " + SERVICES);
		Document unread = PageChecks.assertAccessible(submit("/console/hall/services", fields).body());
		assertThat(unread.selectFirst("#opensAt-error").text()).isEqualTo("开始接待时间格式有误，请按“时:分”填写，如 09:00。");
		assertThat(BOOKING.count("POST " + SERVICES)).as("nothing sent that could not be read").isEqualTo(sent);

		fields.put("opensAt", "09:00");
		Document refused = PageChecks.assertAccessible(submit("/console/hall/services", fields).body());
		assertThat(refused.selectFirst("#name-error").text()).isEqualTo("请填写服务名称");
		assertThat(refused.selectFirst(".notice.error").text()).isEqualTo("请填写服务名称。");
		assertThat(refused.selectFirst("#service-leader").val()).as("what was typed stays").isEqualTo("李检察长");
		assertThat(refused.select("#service-kind option[selected]").text()).startsWith("检察长接待日");

		fields.put("name", "检察长接待日");
		HttpResponse<String> saved = submit("/console/hall/services", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(BOOKING.lastAuthorization("POST " + SERVICES)).isEqualTo(BEARER);
		JsonNode request = JSON.readTree(BOOKING.lastBody("POST " + SERVICES));
		assertThat(request.path("kind").asString()).isEqualTo("CHIEF_RECEPTION");
		assertThat(request.path("opensAt").asString()).startsWith("09:00");
		assertThat(request.path("closesAt").asString()).startsWith("11:30");
		assertThat(request.path("capacity").asInt()).isEqualTo(3);
		assertThat(request.path("dates").toString()).isEqualTo("[\"2026-12-10\",\"2026-12-17\"]");
		assertThat(request.path("active").asBoolean()).isTrue();
		Document after = Jsoup.parse(page(saved.headers().firstValue("Location").orElseThrow()).body());
		assertThat(after.selectFirst(".notice.ok").text()).isEqualTo("预约服务“控告申诉来访接待”已保存。");

		Document edit = PageChecks
			.assertAccessible(page("/console/hall/services/" + StubBookingService.FILE_READING + "/edit").body());
		assertThat(edit.selectFirst("#service-blackout").text()).isEqualTo("2026-12-31");
		assertThat(edit.selectFirst("#service-form").attr("action"))
			.isEqualTo("/console/hall/services/" + StubBookingService.FILE_READING);
	}

	@Test
	void theDayShowsWhoIsBookedAndTheDeskConfirmsRefusesChecksInAndMovesASlotAfterConfirming() {
		signInAs("office1");
		String dayPath = "/console/hall/services/" + StubBookingService.VISIT + "/day?date=2026-12-08";
		Document day = PageChecks.assertAccessible(page(dayPath).body());
		assertThat(BOOKING.requests)
			.contains("GET " + SERVICES + "/" + StubBookingService.VISIT + "/day?date=2026-12-08");
		assertThat(day.selectFirst("#previous-day").attr("href")).endsWith("date=2026-12-07");
		assertThat(day.selectFirst("#next-day").attr("href")).endsWith("date=2026-12-09");
		assertThat(day.select(".slot-time").eachText()).containsExactly("09:00—09:30", "09:30—10:00");
		Element visitor = day.getElementById("appointment-" + StubBookingService.VISITOR);
		assertThat(visitor.selectFirst(".name").text()).isEqualTo(StubBookingService.HOSTILE_NAME);
		assertThat(visitor.select("td b")).as("a name stays text").isEmpty();
		assertThat(visitor.selectFirst(".phone").text()).isEqualTo("13800138000");
		assertThat(visitor.select("form").eachAttr("id")).containsExactly("check-in-" + StubBookingService.VISITOR);
		Element lawyer = day.getElementById("appointment-" + StubBookingService.LAWYER);
		assertThat(lawyer.selectFirst(".lawyer").text()).contains("执业证号 11101201010000001", "某某律师事务所",
				"案号 某检刑诉〔2026〕12号");
		assertThat(lawyer.selectFirst(".lawyer-check").text()).isEqualTo("未能确认律师与案件的关系");
		assertThat(lawyer.select("form").eachAttr("id")).containsExactly("confirm-" + StubBookingService.LAWYER,
				"refuse-" + StubBookingService.LAWYER);
		String csrf = day.selectFirst("#confirm-" + StubBookingService.LAWYER + " input[name=_csrf]").val();

		HttpResponse<String> confirmed = submit("/console/hall/appointments/" + StubBookingService.LAWYER + "/confirm",
				Map.of("_csrf", csrf, "service", StubBookingService.VISIT.toString(), "date", "2026-12-08"));
		assertThat(confirmed.headers().firstValue("Location")).hasValue(dayPath);
		assertThat(BOOKING
			.lastAuthorization("POST /api/hall/staff/appointments/" + StubBookingService.LAWYER + "/confirm"))
			.isEqualTo(BEARER);
		assertThat(Jsoup.parse(page(dayPath).body()).selectFirst(".notice.ok").text())
			.isEqualTo("已确认该律师预约，预约人将收到确认通知。");

		HttpResponse<String> unexplained = submit("/console/hall/appointments/" + StubBookingService.LAWYER + "/refuse",
				Map.of("_csrf", csrf, "reason", " ", "service", StubBookingService.VISIT.toString(), "date",
						"2026-12-08"));
		assertThat(unexplained.headers().firstValue("Location")).hasValue(dayPath);
		assertThat(Jsoup.parse(page(dayPath).body()).selectFirst(".notice.error").text()).isEqualTo("请填写原因。");

		submit("/console/hall/appointments/" + StubBookingService.VISITOR + "/check-in",
				Map.of("_csrf", csrf, "service", StubBookingService.VISIT.toString(), "date", "2026-12-08"));
		assertThat(BOOKING.requests)
			.contains("POST /api/hall/staff/appointments/" + StubBookingService.VISITOR + "/check-in");
		assertThat(Jsoup.parse(page(dayPath).body()).selectFirst(".notice.ok").text()).isEqualTo("已为预约人办理签到。");

		String move = "/console/hall/services/" + StubBookingService.VISIT + "/slots/move";
		Map<String, String> moving = new LinkedHashMap<>();
		moving.put("_csrf", csrf);
		moving.put("slotStart", day.selectFirst("#move-0 input[name=slotStart]").val());
		moving.put("newStart", "2026-12-09T09:00");
		moving.put("reason", "接待室检修");
		Document confirm = PageChecks.assertAccessible(submit(move, moving).body());
		assertThat(BOOKING.count("POST " + SERVICES + "/" + StubBookingService.VISIT + "/slots/move"))
			.as("nothing moved before the confirmation")
			.isZero();
		assertThat(confirm.selectFirst("#slot-change-summary").text()).contains("2026-12-08 09:00", "2026-12-09 09:00",
				"接待室检修");
		assertThat(confirm.selectFirst("#slot-change-affected").text()).isEqualTo("2");
		Map<String, String> confirmedMove = new LinkedHashMap<>();
		confirm.select("#slot-change-form input")
			.forEach((input) -> confirmedMove.put(input.attr("name"), input.val()));
		HttpResponse<String> moved = submit(move, confirmedMove);
		assertThat(moved.headers().firstValue("Location"))
			.hasValue("/console/hall/services/" + StubBookingService.VISIT + "/day?date=2026-12-09");
		JsonNode sent = JSON
			.readTree(BOOKING.lastBody("POST " + SERVICES + "/" + StubBookingService.VISIT + "/slots/move"));
		assertThat(sent.path("slotStart").asString()).startsWith("2026-12-08T09:00");
		assertThat(sent.path("newStart").asString()).startsWith("2026-12-09T09:00");
		assertThat(sent.path("reason").asString()).isEqualTo("接待室检修");
		assertThat(Jsoup.parse(page(moved.headers().firstValue("Location").orElseThrow()).body())
			.selectFirst(".notice.ok")
			.text()).isEqualTo("已将 2026-12-08 09:00 时段的 2 个预约调整至 2026-12-09 09:00；其中 1 人已通过微信收到通知，其余 1 人请电话告知。");

		moving.put("newStart", "2026-12-08T09:30");
		moving.put("confirmed", "true");
		submit(move, moving);
		assertThat(Jsoup.parse(page(dayPath).body()).selectFirst(".notice.error").text())
			.isEqualTo("调整后的时段名额不足，请另选时段。");

		Map<String, String> cancelling = new LinkedHashMap<>();
		cancelling.put("_csrf", csrf);
		cancelling.put("slotStart", "2026-12-08T09:00");
		cancelling.put("reason", "临时停止接待");
		cancelling.put("confirmed", "true");
		submit("/console/hall/services/" + StubBookingService.VISIT + "/slots/cancel", cancelling);
		assertThat(BOOKING.lastBody("POST " + SERVICES + "/" + StubBookingService.VISIT + "/slots/cancel"))
			.contains("\"reason\":\"临时停止接待\"", "\"newStart\":null");
		assertThat(Jsoup.parse(page(dayPath).body()).selectFirst(".notice.ok").text())
			.isEqualTo("已取消 2026-12-08 09:00 时段，涉及 2 个预约，该时段不再接受预约；其中 2 人已通过微信收到通知。");
	}

	@Test
	void theCaseManagerConfirmsOrRefusesTheLawyersWaitingForConfirmation() {
		signInAs("office1");
		Document pending = PageChecks.assertAccessible(page("/console/hall/appointments/pending").body());
		assertThat(BOOKING.requests).contains("GET /api/hall/staff/appointments");
		assertThat(pending.select("#pending tbody tr")).hasSize(1);
		assertThat(pending.selectFirst("#pending tbody tr").text()).contains("律师阅卷", "2026-12-08 09:00", "李律师",
				"13900139000", "11101201010000001", "某某律师事务所", "未能确认律师与案件的关系");
		String refuse = "#refuse-" + StubBookingService.LAWYER;
		HttpResponse<String> refused = submit("/console/hall/appointments/" + StubBookingService.LAWYER + "/refuse",
				Map.of("_csrf", pending.selectFirst(refuse + " input[name=_csrf]").val(), "reason", "该律师非本案辩护人"));
		assertThat(refused.headers().firstValue("Location")).hasValue("/console/hall/appointments/pending");
		assertThat(BOOKING.lastBody("POST /api/hall/staff/appointments/" + StubBookingService.LAWYER + "/refuse"))
			.isEqualTo("{\"reason\":\"该律师非本案辩护人\"}");
		assertThat(Jsoup.parse(page("/console/hall/appointments/pending").body()).selectFirst(".notice.ok").text())
			.isEqualTo("已不予确认该预约，名额已释放，预约人将收到说明。");
		submit("/console/hall/appointments/" + StubBookingService.LAWYER + "/confirm",
				Map.of("_csrf", pending.selectFirst(refuse + " input[name=_csrf]").val()));
		assertThat(BOOKING
			.lastAuthorization("POST /api/hall/staff/appointments/" + StubBookingService.LAWYER + "/confirm"))
			.isEqualTo(BEARER);
	}

	@Test
	void staffScheduleAnActivityAndRunItFromSignUpsToTheReportAndTheOpinions() {
		signInAs("office1");
		Document list = PageChecks.assertAccessible(page("/console/hall/activities").body());
		assertThat(list.select("#activities tbody tr a").eachText()).containsExactly("检察开放日", "律师座谈会");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", list.selectFirst("#activity-form input[name=_csrf]").val());
		fields.put("title", "人大代表视察");
		fields.put("kind", "DEPUTIES_VISIT");
		fields.put("description", "视察检察服务大厅。");
		fields.put("startsAt", "2026-12-18T09:00");
		fields.put("endsAt", "2026-12-18T11:30");
		fields.put("place", "检察服务大厅");
		fields.put("capacity", "20");
		fields.put("signUpOpensAt", "2026-12-08T09:00");
		fields.put("signUpClosesAt", "2026-12-16T17:00");
		fields.put("audience", "INVITED");
		fields.put("invitees", "王代表,13800138000,人大代表\n李委员,12345,政协委员");
		Document wrong = PageChecks.assertAccessible(submit("/console/hall/activities", fields).body());
		assertThat(wrong.select(".error-summary li").eachText()).containsExactly("第2行的电话号码不正确（应为手机号或带区号的固定电话）。");
		assertThat(wrong.selectFirst("#activity-invitees").text()).contains("李委员,12345,政协委员");
		assertThat(BOOKING.count("POST /api/hall/staff/activities")).isZero();

		fields.put("invitees", "王代表,13800138000,人大代表\n李委员，010-12345678，政协委员");
		HttpResponse<String> scheduled = submit("/console/hall/activities", fields);
		assertThat(scheduled.headers().firstValue("Location"))
			.hasValue("/console/hall/activities/" + StubBookingService.OPEN_DAY);
		assertThat(BOOKING.lastAuthorization("POST /api/hall/staff/activities")).isEqualTo(BEARER);
		JsonNode sent = JSON.readTree(BOOKING.lastBody("POST /api/hall/staff/activities"));
		assertThat(sent.path("startsAt").asString()).startsWith("2026-12-18T09:00");
		assertThat(sent.path("audience").asString()).isEqualTo("INVITED");
		assertThat(sent.path("invitees").toString()).isEqualTo(
				"[{\"name\":\"王代表\",\"phone\":\"13800138000\",\"role\":\"NPC_DEPUTY\"},{\"name\":\"李委员\",\"phone\":\"010-12345678\",\"role\":\"CPPCC_MEMBER\"}]");

		String path = "/console/hall/activities/" + StubBookingService.HELD_FORUM;
		Document held = PageChecks.assertAccessible(page(path).body());
		assertThat(held.selectFirst("#activity-state").text()).isEqualTo("已举办");
		assertThat(held.select("#attendees .name").eachText()).containsExactly("王代表");
		assertThat(held.select("#attendees .phone").eachText()).containsExactly("13800138000");
		assertThat(held.select("#cancel-form")).as("a held activity is not cancelled").isEmpty();
		String csrf = held.selectFirst("#report-form input[name=_csrf]").val();

		submit(path + "/sign-ups/" + StubBookingService.ATTENDEE + "/check-in", Map.of("_csrf", csrf));
		assertThat(BOOKING.lastAuthorization("POST /api/hall/staff/activities/" + StubBookingService.HELD_FORUM
				+ "/sign-ups/" + StubBookingService.ATTENDEE + "/check-in"))
			.isEqualTo(BEARER);
		assertThat(Jsoup.parse(page(path).body()).selectFirst(".notice.ok").text()).isEqualTo("已签到。");

		assertThat(held.selectFirst("#attendance-export").attr("href")).isEqualTo(path + "/attendance.csv");
		HttpResponse<byte[]> sheet = file(path + "/attendance.csv");
		assertThat(sheet.statusCode()).isEqualTo(200);
		assertThat(sheet.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(sheet.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"attendance.csv\"");
		assertThat(new String(sheet.body(), StandardCharsets.UTF_8)).isEqualTo(StubBookingService.CSV);
		assertThat(BOOKING.accepts.get(BOOKING.requests
			.lastIndexOf("GET /api/hall/staff/activities/" + StubBookingService.HELD_FORUM + "/attendance.csv")))
			.startsWith("text/csv");

		submit(path + "/report", Map.of("_csrf", csrf, "summary", "座谈会共有12名律师参加。"));
		assertThat(BOOKING.lastBody("POST /api/hall/staff/activities/" + StubBookingService.HELD_FORUM + "/report"))
			.isEqualTo("{\"summary\":\"座谈会共有12名律师参加。\"}");
		assertThat(Jsoup.parse(page(path).body()).selectFirst(".notice.ok").text()).isEqualTo("活动报道已提交审批，审批发布后公开。");

		HttpResponse<String> opinion = submit(path + "/opinions", Map.of("_csrf", csrf, "attendee",
				StubBookingService.ATTENDEE.toString(), "subject", "建议延长阅卷时间", "text", "希望周六也能阅卷。"));
		assertThat(opinion.headers().firstValue("Location")).hasValue(path);
		assertThat(BOOKING.lastBody("POST /api/hall/staff/activities/" + StubBookingService.HELD_FORUM + "/opinions"))
			.isEqualTo("{\"attendeeId\":\"" + StubBookingService.ATTENDEE
					+ "\",\"subject\":\"建议延长阅卷时间\",\"text\":\"希望周六也能阅卷。\"}");
		Document after = PageChecks.assertAccessible(page(path).body());
		assertThat(after.selectFirst("#opinion-tracking-code").text())
			.isEqualTo(StubBookingService.OPINION_TRACKING_CODE);
		assertThat(after.selectFirst("#opinion-check-code").text()).isEqualTo("654321");

		Document open = Jsoup.parse(page("/console/hall/activities/" + StubBookingService.OPEN_DAY).body());
		assertThat(open.select("#report-form")).as("a report once it was held").isEmpty();
		submit("/console/hall/activities/" + StubBookingService.OPEN_DAY + "/cancel",
				Map.of("_csrf", open.selectFirst("#cancel-form input[name=_csrf]").val(), "reason", "因故取消"));
		assertThat(BOOKING.lastBody("POST /api/hall/staff/activities/" + StubBookingService.OPEN_DAY + "/cancel"))
			.isEqualTo("{\"reason\":\"因故取消\"}");
	}

}
