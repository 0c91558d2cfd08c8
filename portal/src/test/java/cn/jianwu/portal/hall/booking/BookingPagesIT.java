package cn.jianwu.portal.hall.booking;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jianwu.hall.api.booking.BookingLookupFailure;
import cn.jianwu.portal.PageChecks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 预约服务, 检察活动 and the kiosk's 预约签到 and 今日接待安排 against hall-service as the gateway routes
 * it, played by {@link StubBookingService}: what a visitor sees from the list of services
 * to the receipt, the calendar file, the lookup and the cancellation; a lawyer's pending
 * booking and a waitlisted one; a sign-up; a check-in at the kiosk; and a friendly page
 * when hall-service is down. The booking code never travels in an address.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BookingPagesIT {

	static final StubBookingService HALL = new StubBookingService();

	/**
	 * The portal's pages call hall-service at one address; the hall's other pages have
	 * their own stub ({@code HallPagesIT}), so this context is its own.
	 */
	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("jianwu.portal.hall-url", HALL::url);
		String down = "http://127.0.0.1:9";
		registry.add("jianwu.portal.disclosure-url", () -> down);
		registry.add("jianwu.portal.search-url", () -> down);
		registry.add("jianwu.portal.case-query-url", () -> down);
		registry.add("jianwu.console.bulletin-url", () -> down);
	}

	@AfterAll
	static void stop() {
		HALL.close();
	}

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void aVisitorBooksKeepsTheCodeDownloadsTheCalendarLooksTheBookingUpAndCancelsIt() {
		Document hub = PageChecks.assertAccessible(get("/hall").body());
		assertThat(hub.selectFirst("#hall-appointments").attr("href")).isEqualTo("/hall/appointments");
		assertThat(hub.select("nav[aria-label=页脚导航] a").eachAttr("href")).contains("/hall/appointments");

		Document services = PageChecks.assertAccessible(get("/hall/appointments").body());
		assertThat(services.select(".bookable-service h2").eachText()).containsExactly("检察长接待日", "律师阅卷");
		assertThat(services.select(".service-kind").eachText()).containsExactly("检察长接待日", "律师阅卷");
		assertThat(services.select(".service-department").eachText()).containsExactly("控告申诉检察部", "案件管理部");
		assertThat(services.select(".service-leader").eachText()).containsExactly("李检察长");
		assertThat(services.select(".service-place").eachText()).containsExactly("检察服务中心检察长接待室", "案件管理大厅阅卷室");
		assertThat(services.select(".service-notes").eachText()).contains("请携带身份证件和相关材料。");

		String page = "/hall/appointments/" + StubBookingService.VISIT;
		HttpResponse<String> empty = get(page);
		assertThat(empty.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document form = PageChecks.assertAccessible(empty.body());
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		assertThat(HALL.requests).contains("GET /api/hall/services/" + StubBookingService.VISIT + "/slots?from="
				+ tomorrow.minusDays(1) + "&to=" + tomorrow.plusDays(6));
		assertThat(form.selectFirst("#service-leader").text()).isEqualTo("李检察长");
		assertThat(form.select(".slot-availability").eachText()).containsExactly("余2个名额", "已约满，可候补（已有1人候补）", "已取消");
		assertThat(form.select("input[name=slotStart]:not([disabled])").eachAttr("value"))
			.containsExactly(tomorrow + "T09:00", tomorrow + "T09:30");
		assertThat(form.select("#lawyer-fields")).as("a visit asks nothing of lawyers").isEmpty();

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slotStart", tomorrow + "T09:30");
		fields.put("name", "王建国");
		fields.put("phone", "123");
		fields.put("idLast4", "302x");
		fields.put("purpose", "反映<b>邻里</b>纠纷处理情况");
		HttpResponse<String> badPhone = post(page, fields);
		assertThat(badPhone.statusCode()).isEqualTo(400);
		Document again = PageChecks.assertAccessible(badPhone.body());
		assertThat(again.selectFirst("#phone-error").text()).isEqualTo("请填写正确的电话号码（手机号或带区号的固定电话）");
		assertThat(again.selectFirst("#form-errors a[href=#phone]")).isNotNull();
		assertThat(again.selectFirst("#name").val()).isEqualTo("王建国");
		assertThat(again.selectFirst("#purpose").text()).as("what was typed stays text").isEqualTo("反映<b>邻里</b>纠纷处理情况");
		assertThat(again.select("input[name=slotStart][checked]").eachAttr("value"))
			.containsExactly(tomorrow + "T09:30");

		fields.put("phone", "138 0013 8000");
		HttpResponse<String> full = post(page, fields);
		assertThat(full.statusCode()).isEqualTo(409);
		assertThat(PageChecks.assertAccessible(full.body()).selectFirst("#form-errors").text())
			.isEqualTo(StubBookingService.FULL);

		fields.put("slotStart", tomorrow + "T09:00");
		HttpResponse<String> booked = post(page, fields, "X-Forwarded-For", "203.0.113.7");
		assertThat(booked.statusCode()).isEqualTo(200);
		assertThat(booked.headers().firstValue("Cache-Control")).as("the code is never kept").hasValue("no-store");
		Document receipt = PageChecks.assertAccessible(booked.body());
		assertThat(receipt.selectFirst("h1").text()).isEqualTo("预约成功");
		assertThat(receipt.selectFirst("#booking-code").text()).isEqualTo(StubBookingService.CODE);
		assertThat(receipt.selectFirst(".codes-warning").text()).contains("请牢记预约码");
		assertThat(receipt.selectFirst("#booking-state").text()).isEqualTo("已确认");
		assertThat(receipt.selectFirst("#booking-service").text()).isEqualTo("检察长接待日");
		assertThat(receipt.selectFirst("#booking-place").text()).isEqualTo("检察服务中心检察长接待室");
		assertThat(receipt.selectFirst("#booking-time").text())
			.isEqualTo(BookingTimes.INSTANCE.span(tomorrow.atTime(9, 0), tomorrow.atTime(9, 30)));
		assertThat(receipt.selectFirst("#booking-notes").text()).isEqualTo("请携带身份证件和相关材料。");
		assertThat(receipt
			.select("a[href*=" + StubBookingService.CODE + "], form[action*=" + StubBookingService.CODE + "]"))
			.isEmpty();
		String sent = HALL.lastBody("POST /api/hall/appointments");
		assertThat(sent).contains("\"serviceId\":\"" + StubBookingService.VISIT + "\"", "\"phone\":\"13800138000\"",
				"\"idLast4\":\"302X\"", "\"slotStart\":\"" + tomorrow + "T09:00:00\"", "\"joinWaitlist\":false",
				"\"channel\":\"WEB\"", "\"licenceNumber\":null");
		assertThat(HALL.lastForwardedFor("POST /api/hall/appointments"))
			.as("the visitor's address reaches the service's throttle")
			.startsWith("203.0.113.7, ");

		Map<String, String> code = Map.of("bookingCode",
				receipt.selectFirst("#calendar-form input[name=bookingCode]").val(), "idLast4",
				receipt.selectFirst("#calendar-form input[name=idLast4]").val());
		HttpResponse<String> calendar = post(receipt.selectFirst("#calendar-form").attr("action"), code);
		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
		assertThat(calendar.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment").contains(".ics"));
		assertThat(calendar.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:检察长接待日");
		assertThat(HALL.lastBody("POST /api/hall/appointments/calendar"))
			.isEqualTo("{\"bookingCode\":\"" + StubBookingService.CODE + "\",\"idLast4\":\"302X\"}");

		PageChecks.assertAccessible(get("/hall/appointments/lookup").body());
		HttpResponse<String> wrong = post("/hall/appointments/lookup",
				Map.of("bookingCode", StubBookingService.CODE, "idLast4", "1234"));
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(PageChecks.assertAccessible(wrong.body()).selectFirst("#lookup-failure").text())
			.isEqualTo(BookingLookupFailure.detail(5, 30));
		assertThat(wrong.body()).as("a failed code is not shown again").doesNotContain(StubBookingService.CODE);

		Document found = PageChecks.assertAccessible(
				post("/hall/appointments/lookup", Map.of("bookingCode", "7301 9482 5561", "idLast4", "302x")).body());
		assertThat(found.selectFirst("#lookup-state").text()).isEqualTo("已确认");
		assertThat(found.selectFirst("#lookup-service").text()).isEqualTo("检察长接待日");
		assertThat(found.selectFirst("#cancel-booking").text()).isEqualTo("取消预约");

		int cancels = HALL.requests.lastIndexOf("POST /api/hall/appointments/cancel");
		Document confirm = PageChecks.assertAccessible(post("/hall/appointments/cancel", code).body());
		assertThat(confirm.selectFirst("#result-heading").text()).isEqualTo("确认取消以下预约？");
		assertThat(confirm.selectFirst("#cancel-booking").text()).isEqualTo("确认取消预约");
		assertThat(HALL.requests.lastIndexOf("POST /api/hall/appointments/cancel")).as("nothing cancelled yet")
			.isEqualTo(cancels);

		Map<String, String> confirmed = new LinkedHashMap<>(code);
		confirmed.put("confirm", confirm.selectFirst("#cancel-form input[name=confirm]").val());
		Document cancelled = PageChecks.assertAccessible(post("/hall/appointments/cancel", confirmed).body());
		assertThat(cancelled.selectFirst("#cancelled-notice").text()).isEqualTo("预约已取消。");
		assertThat(cancelled.selectFirst("#lookup-state").text()).isEqualTo("已取消");
		assertThat(cancelled.select("#cancel-form")).isEmpty();

		assertThat(HALL.requests).as("the code never travels in an address")
			.noneMatch((request) -> request.contains(StubBookingService.CODE));
	}

	@Test
	void aLawyersBookingWaitsForConfirmationAndAFullSlotsBookingWaitsForAPlace() {
		String page = "/hall/appointments/" + StubBookingService.READING;
		Document form = PageChecks.assertAccessible(get(page).body());
		assertThat(form.select("#lawyer-fields input").eachAttr("name")).containsExactly("licenceNumber", "lawFirm",
				"caseNumber");
		assertThat(form.selectFirst("main .notice").text()).contains("仅供执业律师预约");

		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slotStart", tomorrow + "T09:00");
		fields.put("name", "李律师");
		fields.put("phone", "13800138001");
		fields.put("idLast4", "1234");
		fields.put("purpose", "阅卷");
		fields.put("licenceNumber", "11101200810123456");
		fields.put("lawFirm", "某某律师事务所");
		fields.put("caseNumber", "（2026）某检刑诉12号");
		Document pending = PageChecks.assertAccessible(post(page, fields).body());
		assertThat(pending.selectFirst("h1").text()).isEqualTo("预约已提交，待确认");
		assertThat(pending.selectFirst("#booking-state").text()).isEqualTo("待确认");
		assertThat(pending.selectFirst("#booking-explanation").text()).contains("已为您保留该时段的名额");
		assertThat(HALL.lastBody("POST /api/hall/appointments")).contains("\"licenceNumber\":\"11101200810123456\"",
				"\"lawFirm\":\"某某律师事务所\"", "\"caseNumber\":\"（2026）某检刑诉12号\"");

		fields.put("slotStart", tomorrow + "T09:30");
		fields.put("joinWaitlist", "true");
		Document waitlisted = PageChecks.assertAccessible(post(page, fields).body());
		assertThat(waitlisted.selectFirst("h1").text()).isEqualTo("已加入候补");
		assertThat(waitlisted.selectFirst("#booking-state").text()).isEqualTo("候补中（第2位）");
		assertThat(waitlisted.selectFirst("#booking-explanation").text()).contains("排第2位");
		assertThat(HALL.lastBody("POST /api/hall/appointments")).contains("\"joinWaitlist\":true");

		assertThat(get("/hall/appointments/b0000000-0000-4000-8000-000000000009").statusCode()).isEqualTo(404);
		assertThat(get("/hall/appointments/not-a-service").statusCode()).isEqualTo(404);
	}

	@Test
	void aVisitorSignsUpForAnOpenDayLooksTheSignUpUpAndCancelsIt() {
		Document hub = PageChecks.assertAccessible(get("/hall").body());
		assertThat(hub.selectFirst("#hall-activities").attr("href")).isEqualTo("/hall/activities");
		Document list = PageChecks.assertAccessible(get("/hall/activities").body());
		assertThat(list.select("#activities a").eachText()).containsExactly("检察开放日：走进检察院");
		assertThat(list.selectFirst(".activity-sign-up").text()).isEqualTo("报名中");
		assertThat(HALL.requests).contains("GET /api/public/activities?upcoming=true");

		String page = "/hall/activities/" + StubBookingService.OPEN_DAY;
		Document activity = PageChecks.assertAccessible(get(page).body());
		assertThat(activity.selectFirst("#activity-time").text()).isEqualTo("2026年12月18日（星期五）09:00—11:30");
		assertThat(activity.selectFirst("#activity-places").text()).isEqualTo("30人，已报名12人");
		assertThat(activity.select(".plain-text p").eachText()).containsExactly("参观检察服务中心和案件管理大厅。", "与检察官座谈<b>交流</b>。");
		assertThat(activity.selectFirst("#sign-up-form").attr("action")).isEqualTo(page + "/sign-ups");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "赵敏");
		fields.put("phone", StubBookingService.SIGNED_UP_PHONE);
		fields.put("idLast4", "302X");
		fields.put("organisation", "");
		HttpResponse<String> twice = post(page + "/sign-ups", fields);
		assertThat(twice.statusCode()).isEqualTo(409);
		Document again = PageChecks.assertAccessible(twice.body());
		assertThat(again.selectFirst("#form-errors").text()).isEqualTo("该电话号码已报名本活动");
		assertThat(again.selectFirst("#name").val()).isEqualTo("赵敏");

		fields.put("phone", "13800138002");
		HttpResponse<String> signedUp = post(page + "/sign-ups", fields, "X-Forwarded-For", "203.0.113.8");
		assertThat(signedUp.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document receipt = PageChecks.assertAccessible(signedUp.body());
		assertThat(receipt.selectFirst("h1").text()).isEqualTo("报名成功");
		assertThat(receipt.selectFirst("#sign-up-code").text()).isEqualTo(StubBookingService.SIGN_UP_CODE);
		assertThat(receipt.selectFirst(".codes-warning").text()).contains("请牢记报名码");
		assertThat(receipt.selectFirst("#sign-up-state").text()).isEqualTo("已确认");
		String signUpPath = "POST /api/hall/activities/" + StubBookingService.OPEN_DAY + "/sign-ups";
		assertThat(HALL.lastBody(signUpPath)).contains("\"phone\":\"13800138002\"", "\"organisation\":null",
				"\"channel\":\"WEB\"");
		assertThat(HALL.lastForwardedFor(signUpPath)).startsWith("203.0.113.8, ");

		PageChecks.assertAccessible(get("/hall/activities/lookup").body());
		Map<String, String> code = Map.of("bookingCode", StubBookingService.SIGN_UP_CODE, "idLast4", "302X");
		Document found = PageChecks.assertAccessible(post("/hall/activities/lookup", code).body());
		assertThat(found.selectFirst("#lookup-title").text()).isEqualTo("检察开放日：走进检察院");
		assertThat(found.selectFirst("#lookup-state").text()).isEqualTo("已确认");
		Document confirm = PageChecks.assertAccessible(post("/hall/activities/cancel", code).body());
		assertThat(confirm.selectFirst("#cancel-sign-up").text()).isEqualTo("确认取消报名");
		Map<String, String> confirmed = new LinkedHashMap<>(code);
		confirmed.put("confirm", "yes");
		Document cancelled = PageChecks.assertAccessible(post("/hall/activities/cancel", confirmed).body());
		assertThat(cancelled.selectFirst("#cancelled-notice").text()).isEqualTo("报名已取消。");
		assertThat(cancelled.selectFirst("#lookup-state").text()).isEqualTo("已取消");

		HttpResponse<String> wrong = post("/hall/activities/lookup",
				Map.of("bookingCode", "000000000000", "idLast4", "302X"));
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(PageChecks.parse(wrong.body()).selectFirst("#lookup-failure").text())
			.isEqualTo(BookingLookupFailure.detail(5, 30));
		assertThat(get("/hall/activities/ac000000-0000-4000-8000-000000000009").statusCode()).isEqualTo(404);
	}

	@Test
	void theKioskChecksABookingInSaysWhyNotAndShowsTodaysAgenda() {
		Document home = PageChecks.assertAccessible(get("/kiosk").body());
		assertThat(home.selectFirst("#kiosk-check-in").attr("href")).isEqualTo("/kiosk/check-in");
		assertThat(home.selectFirst("#kiosk-agenda").attr("href")).isEqualTo("/kiosk/agenda");

		HttpResponse<String> entry = get("/kiosk/check-in");
		assertThat(entry.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document keypad = PageChecks.assertAccessible(entry.body());
		assertThat(keypad.selectFirst("form#kiosk-form").attr("action")).isEqualTo("/kiosk/check-in");
		assertThat(keypad.select(".keypad button[data-key]")).hasSize(11);
		assertThat(keypad.selectFirst("#bookingCode").attr("maxlength")).isEqualTo("12");

		HttpResponse<String> done = post("/kiosk/check-in",
				Map.of("bookingCode", StubBookingService.CODE, "idLast4", "302X"), "X-Forwarded-For", "203.0.113.5");
		assertThat(done.statusCode()).isEqualTo(200);
		Document checkedIn = PageChecks.assertAccessible(done.body());
		assertThat(checkedIn.selectFirst("#result-heading").text()).isEqualTo("签到成功");
		assertThat(checkedIn.selectFirst("#check-in-service").text()).isEqualTo("检察长接待日");
		assertThat(checkedIn.selectFirst("#check-in-place").text()).isEqualTo("检察服务中心检察长接待室");
		assertThat(checkedIn.selectFirst("#check-in-at").text()).isEqualTo("2026年12月8日 08:45");
		assertThat(checkedIn.selectFirst("a[data-kiosk-home]").attr("href")).isEqualTo("/kiosk");
		assertThat(checkedIn.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("60;url=/kiosk");
		assertThat(HALL.lastForwardedFor("POST /api/hall/appointments/check-in")).startsWith("203.0.113.5, ");

		HttpResponse<String> early = post("/kiosk/check-in",
				Map.of("bookingCode", StubBookingService.EARLY_CODE, "idLast4", "302X"));
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(PageChecks.assertAccessible(early.body()).selectFirst(".kiosk-message").text())
			.isEqualTo(StubBookingService.TOO_EARLY);
		assertThat(early.body()).doesNotContain(StubBookingService.EARLY_CODE);

		HttpResponse<String> wrong = post("/kiosk/check-in", Map.of("bookingCode", "1234", "idLast4", "302X"));
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(PageChecks.parse(wrong.body()).selectFirst(".kiosk-message").text())
			.isEqualTo(BookingLookupFailure.detail(5, 30));

		Document agenda = PageChecks.assertAccessible(get("/kiosk/agenda").body());
		assertThat(agenda.selectFirst("h1").text()).isEqualTo("今日接待安排");
		assertThat(agenda.select("#agenda tbody tr").eachText()).containsExactly("09:00—09:30 律师阅卷 案件管理大厅阅卷室",
				"10:00—11:00 检察长接待日 检察服务中心检察长接待室");
		assertThat(agenda.selectFirst("#agenda-open-day").text()).contains("检察开放日", "2026年12月18日");
		assertThat(HALL.requests).contains("GET /api/public/agenda?date=" + LocalDate.now(ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void whenHallServiceIsDownEveryPageSaysSoInChinese() {
		HALL.down = true;
		try {
			HttpResponse<String> list = get("/hall/appointments");
			assertThat(list.statusCode()).isEqualTo(503);
			assertThat(PageChecks.assertAccessible(list.body()).selectFirst("h1").text()).isEqualTo("服务暂时不可用");
			assertThat(get("/hall/activities").statusCode()).isEqualTo(503);

			HttpResponse<String> lookup = post("/hall/appointments/lookup",
					Map.of("bookingCode", StubBookingService.CODE, "idLast4", "302X"));
			assertThat(lookup.statusCode()).isEqualTo(503);
			assertThat(PageChecks.assertAccessible(lookup.body()).selectFirst("#lookup-failure").text())
				.isEqualTo(HallAnswer.UNAVAILABLE);

			HttpResponse<String> checkIn = post("/kiosk/check-in",
					Map.of("bookingCode", StubBookingService.CODE, "idLast4", "302X"));
			assertThat(checkIn.statusCode()).isEqualTo(503);
			assertThat(PageChecks.assertAccessible(checkIn.body()).selectFirst(".kiosk-message").text())
				.isEqualTo("预约服务暂时不可用，请到服务窗口办理签到。");

			HttpResponse<String> agenda = get("/kiosk/agenda");
			assertThat(agenda.statusCode()).isEqualTo(503);
			assertThat(PageChecks.assertAccessible(agenda.body()).selectFirst(".kiosk-message").text())
				.contains("暂时无法显示");
			for (HttpResponse<String> response : List.of(list, lookup, checkIn, agenda)) {
				assertThat(response.body()).doesNotContain("Exception", "at cn.jianwu", StubBookingService.CODE);
			}
		}
		finally {
			HALL.down = false;
		}
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "text/html")
			.GET()
			.build());
	}

	private HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
