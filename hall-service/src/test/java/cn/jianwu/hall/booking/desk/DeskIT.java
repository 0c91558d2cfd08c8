package cn.jianwu.hall.booking.desk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.events.HallAppointmentNoticeDue;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Topics;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.booking.AppointmentPeople;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestStaffTokens;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens around a booking once it exists, on the running service: the kiosk's and
 * the desk's check-in, the console's day and pending list, the no-show and reminder
 * sweeps, and channel-wechat's notice words and binding.
 */
class DeskIT extends HallIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final String COMPLAINTS = "控告申诉检察部";

	@Autowired
	private HallHash hash;

	@Autowired
	private AppointmentPeople people;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private NoShowSweep noShows;

	@Autowired
	private ReminderSweep reminders;

	private TestBookings bookings;

	@BeforeEach
	void bookings() {
		this.bookings = new TestBookings(this.jdbc, this.hash, this.people, this.transactions);
	}

	@Test
	void theKioskChecksAConfirmedBookingInOnceAndSaysWhyOthersCannot() {
		UUID service = this.bookings.service(ServiceKind.VISIT, "控告申诉来访接待", COMPLAINTS);
		LocalDateTime now = now();
		TestBookings.Booked due = this.bookings.book(service, now.minusMinutes(10), AppointmentState.CONFIRMED, null);
		TestBookings.Booked early = this.bookings.book(service, now.plusHours(3), AppointmentState.CONFIRMED, null);
		TestBookings.Booked pending = this.bookings.book(service, now.plusMinutes(5),
				AppointmentState.PENDING_CONFIRMATION, null);

		Response first = kiosk(due.code(), due.idLast4().toLowerCase());
		Response again = kiosk(due.code(), due.idLast4());
		Response tooEarly = kiosk(early.code(), early.idLast4());
		Response notConfirmed = kiosk(pending.code(), pending.idLast4());

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.<String>read("$.serviceName")).isEqualTo("控告申诉来访接待");
		assertThat(first.<String>read("$.place")).isEqualTo("检察服务大厅2号接待室");
		assertThat(first.<String>read("$.checkedInAt")).isNotNull();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.<String>read("$.checkedInAt")).isEqualTo(first.<String>read("$.checkedInAt"));
		assertThat(this.bookings.state(due.id())).isEqualTo(AppointmentState.CHECKED_IN);
		assertThat(this.bookings.audited(due.id(), DeskCheckIns.ACTION)).isEqualTo(1);

		assertProblem(tooEarly, 409, "check-in-refused");
		assertThat(tooEarly.<String>read("$.detail")).isEqualTo("请在预约时段前1小时内签到。");
		assertProblem(notConfirmed, 409, "check-in-refused");
		assertThat(notConfirmed.<String>read("$.detail")).startsWith("预约尚未确认");
		assertThat(this.bookings.state(early.id())).isEqualTo(AppointmentState.CONFIRMED);
		assertThat(this.bookings.audited(early.id(), DeskCheckIns.ACTION)).isZero();

		// every bad pair is the one uniform answer, byte for byte
		String wrongDigits = due.idLast4().equals("000X") ? "001X" : "000X";
		List<Response> failures = List.of(kiosk(due.code(), wrongDigits), kiosk("000000000000", due.idLast4()),
				kiosk("12ab", "1"), send("POST", "/api/hall/appointments/check-in", null, newClient(), "not json"));
		for (Response failure : failures) {
			assertProblem(failure, 404, "hall-booking-lookup-failed");
			assertThat(failure.body()).isEqualTo(failures.get(0).body()).doesNotContain(due.code());
		}
	}

	@Test
	void theDaySeesEveryBookingOfItsSlotsTheDeskChecksInAndTheCaseManagerSeesWhatWaits() {
		UUID service = this.bookings.service(ServiceKind.VISIT, "控告申诉来访接待", COMPLAINTS);
		LocalDateTime nine = now().toLocalDate().plusDays(2).atTime(9, 0);
		TestBookings.Booked confirmed = this.bookings.book(service, nine, AppointmentState.CONFIRMED, null);
		TestBookings.Booked waiting = this.bookings.book(service, nine, AppointmentState.WAITLISTED, null);
		TestBookings.Booked pending = this.bookings.book(service, nine.plusMinutes(30),
				AppointmentState.PENDING_CONFIRMATION, null);
		String clerk = TestStaffTokens.token("clerk3", "郑书记员", COMPLAINTS, "CLERK");
		String stranger = TestStaffTokens.token("clerk1", "王书记员", "公诉部", "CLERK");
		String caseManager = TestStaffTokens.token("cm1", "案管员", "案件管理部", "CASE_MANAGER");
		String path = "/api/hall/staff/services/" + service + "/day?date=" + nine.toLocalDate();

		Response day = send("GET", path, clerk, null, null);
		assertThat(day.status()).as(day.body()).isEqualTo(200);
		assertThat(day.<String>read("$.service.name")).isEqualTo("控告申诉来访接待");
		assertThat(day.<List<String>>read("$.slots[*].slot.start")).containsExactly(
				nine.toString().substring(0, 16) + ":00", nine.plusMinutes(30).toString().substring(0, 16) + ":00");
		assertThat(day.<Integer>read("$.slots[0].slot.remaining")).isEqualTo(2);
		assertThat(day.<Integer>read("$.slots[0].slot.waitlisted")).isEqualTo(1);
		assertThat(day.<List<String>>read("$.slots[0].appointments[*].id")).containsExactly(confirmed.id().toString(),
				waiting.id().toString());
		assertThat(day.<String>read("$.slots[0].appointments[0].phone")).isEqualTo(confirmed.phone());
		assertThat(day.<String>read("$.slots[0].appointments[0].name")).isEqualTo("张三");
		assertThat(day.<Integer>read("$.slots[0].appointments[1].waitlistPosition")).isEqualTo(1);
		assertProblem(send("GET", path, stranger, null, null), 403, "forbidden");
		assertThat(send("GET", path, caseManager, null, null).status()).isEqualTo(200);
		assertProblem(send("GET", "/api/hall/staff/services/" + UUID.randomUUID() + "/day", clerk, null, null), 404,
				"service-not-found");

		Response waitingForCaseManager = send("GET", "/api/hall/staff/appointments?state=PENDING_CONFIRMATION",
				caseManager, null, null);
		assertThat(waitingForCaseManager.status()).as(waitingForCaseManager.body()).isEqualTo(200);
		List<Map<String, Object>> mine = JsonPath.read(waitingForCaseManager.body(),
				"$[?(@.id == '" + pending.id() + "')]");
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0)).containsEntry("lawyerCheck", "案件查询服务暂不可用").containsEntry("stateLabel", "待确认");
		assertThat(send("GET", "/api/hall/staff/appointments", stranger, null, null).body())
			.doesNotContain(pending.id().toString());

		LocalDateTime now = now();
		TestBookings.Booked arrived = this.bookings.book(service, now.minusMinutes(5), AppointmentState.CONFIRMED,
				null);
		assertProblem(send("POST", "/api/hall/staff/appointments/" + arrived.id() + "/check-in", stranger, null, null),
				403, "forbidden");
		Response checkedIn = send("POST", "/api/hall/staff/appointments/" + arrived.id() + "/check-in", clerk, null,
				null);
		assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
		assertThat(checkedIn.<String>read("$.state")).isEqualTo("CHECKED_IN");
		assertThat(
				this.jdbc.queryForObject("SELECT actor FROM audit_entry WHERE subject_id = ? AND action = 'CHECK_IN'",
						String.class, arrived.id()))
			.isEqualTo("clerk3");
		assertProblem(send("POST", "/api/hall/staff/appointments/" + confirmed.id() + "/check-in", clerk, null, null),
				409, "check-in-refused");
	}

	@Test
	void afterTheSlotTheUncheckedBecomeNoShowsOnceAndKeepTheirPlace() {
		UUID service = this.bookings.service(ServiceKind.VISIT, "控告申诉来访接待", COMPLAINTS);
		LocalDateTime ended = now().minusHours(2).truncatedTo(ChronoUnit.MINUTES);
		TestBookings.Booked absent = this.bookings.book(service, ended, AppointmentState.CONFIRMED, null);
		TestBookings.Booked present = this.bookings.book(service, ended, AppointmentState.CHECKED_IN, null);
		TestBookings.Booked later = this.bookings.book(service, now().plusHours(1), AppointmentState.CONFIRMED, null);

		this.noShows.sweep();
		this.noShows.sweep();

		assertThat(this.bookings.state(absent.id())).isEqualTo(AppointmentState.NO_SHOW);
		assertThat(this.bookings.state(present.id())).isEqualTo(AppointmentState.CHECKED_IN);
		assertThat(this.bookings.state(later.id())).isEqualTo(AppointmentState.CONFIRMED);
		assertThat(this.bookings.audited(absent.id(), NoShowSweep.ACTION)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT taken FROM service_slot WHERE service_id = ? AND slot_start = ?",
				Integer.class, service, ended))
			.isEqualTo(2);
	}

	@Test
	void tomorrowsBookingsWithAFollowerAreRemindedOnce() {
		UUID service = this.bookings.service(ServiceKind.FILE_READING, "律师阅卷", "案件管理部");
		LocalDateTime tomorrow = now().toLocalDate().plusDays(1).atTime(10, 0);
		TestBookings.Booked follower = this.bookings.book(service, tomorrow, AppointmentState.CONFIRMED, "o-remind-me");
		TestBookings.Booked noFollower = this.bookings.book(service, tomorrow, AppointmentState.CONFIRMED, null);
		TestBookings.Booked cancelled = this.bookings.book(service, tomorrow.plusHours(1), AppointmentState.CANCELLED,
				"o-cancelled");

		this.reminders.sweep();
		Object remindedAt = remindedAt(follower.id());
		this.reminders.sweep();

		assertThat(remindedAt).isNotNull();
		assertThat(remindedAt(follower.id())).isEqualTo(remindedAt);
		assertThat(remindedAt(noFollower.id())).isNull();
		assertThat(remindedAt(cancelled.id())).isNull();
		List<TestEvents.Keyed> raised = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallAppointmentNoticeDue due
						&& due.appointmentId().equals(follower.id().toString()),
				Duration.ofSeconds(30));
		assertThat(raised).hasSize(1);
		assertThat(raised.get(0).key()).isEqualTo(follower.id().toString());
		HallAppointmentNoticeDue due = (HallAppointmentNoticeDue) raised.get(0).event().payload();
		assertThat(due.notice()).isEqualTo(AppointmentNotice.REMINDER);
		assertThat(due.channel()).isEqualTo(SubmissionChannel.WECHAT);
	}

	@Test
	void channelWechatBindsABookingByItsCodeAndFetchesTheWordsOfItsNotices() {
		UUID service = this.bookings.service(ServiceKind.FILE_READING, "律师阅卷", "案件管理部");
		LocalDateTime slot = now().toLocalDate().plusDays(1).atTime(9, 30);
		TestBookings.Booked booked = this.bookings.book(service, slot, AppointmentState.CONFIRMED, null);
		String noticePath = "/internal/hall/appointments/" + booked.id() + "/wechat-notice?notice=";

		assertProblem(send("GET", noticePath + "REMINDER", null, null, null), 404, "no-wechat-notice");

		String openid = "oWx" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		Response wrong = bind(openid, booked.code(), booked.idLast4().equals("000X") ? "001X" : "000X");
		assertProblem(wrong, 404, "hall-booking-lookup-failed");
		assertThat(wrong.body()).isEqualTo(kiosk("000000000000", "1234").body());
		assertThat(
				this.jdbc.queryForObject("SELECT has_openid FROM appointment WHERE id = ?", Boolean.class, booked.id()))
			.isFalse();

		Response bound = bind(openid, booked.code(), booked.idLast4());
		assertThat(bound.status()).as(bound.body()).isEqualTo(200);
		assertThat(bound.<String>read("$.state")).isEqualTo("CONFIRMED");
		assertThat(bound.<String>read("$.serviceName")).isEqualTo("律师阅卷");
		assertThat(bound.<Boolean>read("$.canCancel")).isTrue();
		assertThat(bound.body()).doesNotContain(openid);
		assertThat(this.bookings.audited(booked.id(), WechatDesk.BIND_ACTION)).isEqualTo(1);
		byte[] sealed = this.jdbc.queryForObject("SELECT ciphertext FROM appointment_person WHERE appointment_id = ?",
				byte[].class, booked.id());
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(openid);

		Response reminder = send("GET", noticePath + "REMINDER", null, null, null);
		assertThat(reminder.status()).as(reminder.body()).isEqualTo(200);
		assertThat(reminder.<String>read("$.openid")).isEqualTo(openid);
		assertThat(reminder.<String>read("$.notice")).isEqualTo("REMINDER");
		assertThat(reminder.<String>read("$.title")).isEqualTo("您预约的律师阅卷明天办理");
		assertThat(reminder.<String>read("$.time")).isEqualTo(
				String.format("%d年%d月%d日 09:30-10:00", slot.getYear(), slot.getMonthValue(), slot.getDayOfMonth()));
		assertThat(reminder.<String>read("$.place")).isEqualTo("检察服务大厅2号接待室");
		assertThat(reminder.<String>read("$.remark")).isEqualTo("请携带身份证");

		this.jdbc.update("UPDATE appointment SET state = 'CANCELLED', staff_note = '阅卷室检修', cancelled_at = now() "
				+ "WHERE id = ?", booked.id());
		assertProblem(send("GET", noticePath + "REMINDER", null, null, null), 404, "no-wechat-notice");
		assertProblem(send("GET", noticePath + "CONFIRMED", null, null, null), 404, "no-wechat-notice");
		Response cancelled = send("GET", noticePath + "CANCELLED_BY_STAFF", null, null, null);
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.<String>read("$.remark")).isEqualTo("阅卷室检修");
	}

	private Object remindedAt(UUID id) {
		return this.jdbc.queryForObject("SELECT reminded_at FROM appointment WHERE id = ?", Object.class, id);
	}

	private static LocalDateTime now() {
		return LocalDateTime.now(ZONE);
	}

	private Response kiosk(String code, String idLast4) {
		return send("POST", "/api/hall/appointments/check-in", null, newClient(),
				"{\"bookingCode\":\"" + code + "\",\"idLast4\":\"" + idLast4 + "\"}");
	}

	private Response bind(String openid, String code, String idLast4) {
		return send("POST", "/internal/hall/appointments/wechat-binding", null, null,
				"{\"openid\":\"" + openid + "\",\"bookingCode\":\"" + code + "\",\"idLast4\":\"" + idLast4 + "\"}");
	}

	private static String newClient() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
	}

	private static void assertProblem(Response response, int status, String kind) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>read("$.type")).isEqualTo("https://jianwu.cn/problems/" + kind);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.");
	}

	private Response send(String method, String path, String token, String client, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)
							: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (client != null) {
			request.header("X-Forwarded-For", client);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Response(int status, String contentType, String body) {

		<T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

	}

}
