package cn.jianwu.hall.booking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.events.Topics;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.calendar.WorkingCalendar;
import cn.jianwu.hall.casequery.CaseQueryServiceStub;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking against the real PostgreSQL, Redis and Kafka: places, the waitlist, one booking
 * per person a day, the uniform failure of a code, cancelling once with the waitlist
 * moving up, lawyers' bookings and the case manager's decision, staff moving and
 * cancelling a slot, the agenda, and what goes on {@code hall.events}.
 */
class AppointmentIT extends HallIntegrationTest {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	BookingClock clock;

	@Autowired
	HallHash hash;

	private BookingApi api;

	private LocalDate day;

	@BeforeEach
	void api() {
		this.api = new BookingApi(this.port);
		this.day = BookingApi.aheadWorkingDay(this.calendar, this.clock.today(), 2);
	}

	@Test
	void aFullSlotRefusesOrWaitlistsCancellingFreesOnceAndTheWaitlistMovesUp() {
		UUID service = this.api.defineService("VISIT", "控告申诉来访接待", 1, 30);
		LocalDateTime slot = this.day.atTime(9, 0);
		String phoneA = BookingApi.phone();

		BookingApi.Response a = this.api.book(service, slot, phoneA, "123x", false);
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		assertThat(a.<String>read("$.state")).isEqualTo("CONFIRMED");
		assertThat(a.<String>read("$.bookingCode")).matches("[0-9]{12}");
		assertThat(a.<String>read("$.place")).isEqualTo("检察服务大厅2号接待室");
		String codeA = a.read("$.bookingCode");

		BookingApi.Response full = this.api.book(service, slot, BookingApi.phone(), "5678", false);
		assertThat(full.status()).as(full.body()).isEqualTo(409);
		assertThat(full.<String>read("$.title")).isEqualTo("该时段已约满");
		assertThat(full.contentType()).startsWith("application/problem+json");

		String phoneB = BookingApi.phone();
		BookingApi.Response b = this.api.book(service, slot, phoneB, "5678", true);
		assertThat(b.<String>read("$.state")).as(b.body()).isEqualTo("WAITLISTED");
		assertThat(b.<Integer>read("$.waitlistPosition")).isEqualTo(1);
		BookingApi.Response c = this.api.book(service, slot, BookingApi.phone(), "9012", true);
		assertThat(c.<Integer>read("$.waitlistPosition")).as(c.body()).isEqualTo(2);

		// one person, one booking of the service a day: another slot, the phone written
		// otherwise
		BookingApi.Response again = this.api.book(service, this.day.atTime(15, 0), phoneA, "123X", false);
		assertThat(again.status()).as(again.body()).isEqualTo(409);
		assertThat(again.<String>read("$.title")).isEqualTo("您在当天已预约该服务");

		BookingApi.Response lookedUp = this.api.byCode("lookup", codeA, "123X");
		assertThat(lookedUp.status()).as(lookedUp.body()).isEqualTo(200);
		assertThat(lookedUp.<String>read("$.state")).isEqualTo("CONFIRMED");
		assertThat(lookedUp.<String>read("$.slotStart")).startsWith(slot.toString());
		assertThat(lookedUp.<Boolean>read("$.canCancel")).isTrue();
		assertThat(lookedUp.body()).doesNotContain("张三").doesNotContain(phoneA);

		BookingApi.Response calendarFile = this.api.byCode("calendar", codeA, "123x");
		assertThat(calendarFile.status()).isEqualTo(200);
		assertThat(calendarFile.contentType()).startsWith("text/calendar");
		assertThat(calendarFile.body()).contains("BEGIN:VEVENT")
			.contains("SUMMARY:控告申诉来访接待")
			.contains("DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(this.clock.instant(slot)))
			.doesNotContain("张三");

		// cancelled once, then told it is cancelled already; the first waitlisted moves
		// up
		BookingApi.Response cancelled = this.api.byCode("cancel", codeA, "123X");
		assertThat(cancelled.<String>read("$.state")).as(cancelled.body()).isEqualTo("CANCELLED");
		BookingApi.Response twice = this.api.byCode("cancel", codeA, "123X");
		assertThat(twice.status()).as(twice.body()).isEqualTo(409);
		assertThat(twice.<String>read("$.title")).isEqualTo("该预约已取消");
		assertThat(this.api.byCode("lookup", b.read("$.bookingCode"), "5678").<String>read("$.state"))
			.isEqualTo("CONFIRMED");
		assertThat(this.api.byCode("lookup", c.read("$.bookingCode"), "9012").<Integer>read("$.waitlistPosition"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select taken from service_slot where service_id = ? and slot_start = ?",
				Integer.class, service, java.sql.Timestamp.valueOf(slot)))
			.isEqualTo(1);

		// audited, announced, and nothing of the person in the tables or on the bus
		UUID idA = appointmentId(codeA);
		assertThat(this.jdbc.queryForList("select action from audit_entry where subject_id = ? order by seq",
				String.class, idA))
			.containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_CANCELLED");
		assertThat(this.jdbc.queryForList("select action from audit_entry where subject_id = ? order by seq",
				String.class, appointmentId(b.read("$.bookingCode"))))
			.containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_PROMOTED");
		String row = this.jdbc.queryForObject("select a::text || p::text from appointment a join appointment_person p "
				+ "on p.appointment_id = a.id where a.id = ?", String.class, idA);
		assertThat(row).doesNotContain(phoneA).doesNotContain("张三").doesNotContain(codeA);
		String records = records(idA.toString(), 2);
		assertThat(records).contains("\"state\":\"CONFIRMED\"")
			.contains("\"byStaff\":false")
			.doesNotContain(phoneA)
			.doesNotContain("张三")
			.doesNotContain(codeA);
		assertThat(records(this.day.toString(), 1)).contains(this.day.toString());
	}

	@Test
	void everyFailureOfACodeIsTheSameAnswer() {
		UUID service = this.api.defineService("VISIT", "来访接待（查询）", 3, 60);
		BookingApi.Response booked = this.api.book(service, this.day.atTime(10, 0), BookingApi.phone(), "4321", false);
		String code = booked.read("$.bookingCode");
		String other = code.equals("000000000000") ? "000000000001" : "000000000000";

		BookingApi.Response wrongDigits = this.api.byCode("lookup", code, "1111");
		BookingApi.Response unknown = this.api.byCode("lookup", other, "4321");
		BookingApi.Response malformed = this.api.byCode("lookup", "12", "4321");
		BookingApi.Response notJson = this.api.publicCall("POST", "/api/hall/appointments/lookup", "[1,");
		BookingApi.Response cancelWrong = this.api.byCode("cancel", code, "1111");

		assertThat(wrongDigits.status()).isEqualTo(404);
		assertThat(wrongDigits.contentType()).startsWith("application/problem+json");
		assertThat(wrongDigits.<String>read("$.type")).endsWith("hall-booking-lookup-failed");
		assertThat(List.of(unknown, malformed, notJson, cancelWrong)).allSatisfy((failure) -> {
			assertThat(failure.status()).isEqualTo(404);
			assertThat(failure.body()).isEqualTo(wrongDigits.body());
		});
		// five wrong pairs (the unknown and malformed codes are other codes) lock it: the
		// right pair fails too
		this.api.byCode("lookup", code, "2222");
		this.api.byCode("lookup", code, "3333");
		this.api.byCode("calendar", code, "4444");
		BookingApi.Response locked = this.api.byCode("lookup", code, "4321");
		assertThat(locked.status()).isEqualTo(404);
		assertThat(locked.body()).isEqualTo(wrongDigits.body());
		assertThat(this.api.byCode("cancel", code, "4321").status()).isEqualTo(404);
	}

	@Test
	void refusedAtTheDoorInChinese() {
		UUID service = this.api.defineService("VISIT", "来访接待（校验）", 3, 60);
		UUID lawyers = this.api.defineService("FILE_READING", "律师阅卷（校验）", 3, 60);
		String phone = BookingApi.phone();

		assertProblem(this.api.book(UUID.randomUUID(), this.day.atTime(9, 0), phone, "1234", false), 404, "未找到该预约服务");
		assertProblem(this.api.book(service, this.clock.today().minusDays(1).atTime(9, 0), phone, "1234", false), 400,
				"所选时段已过");
		assertProblem(this.api.book(service, this.day.atTime(9, 30), phone, "1234", false), 400, "不在该服务的接待时段内");
		assertProblem(this.api.book(service, this.day.atTime(17, 0), phone, "1234", false), 400, "不在该服务的接待时段内");
		assertProblem(this.api.book(service, this.calendar.onOrAfter(this.clock.today().plusDays(40)).atTime(9, 0),
				phone, "1234", false), 400, "30天");
		LocalDate sunday = this.day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
		if (!this.calendar.isWorkingDay(sunday)) {
			assertProblem(this.api.book(service, sunday.atTime(9, 0), phone, "1234", false), 400, "不接待");
		}
		assertProblem(this.api.book(service, this.day.atTime(9, 0), "12345", "1234", false), 400, "请填写正确的电话号码");
		assertProblem(this.api.book(service, this.day.atTime(9, 0), phone, "12A4", false), 400, "身份证号码后四位");
		assertProblem(this.api.book(lawyers, this.day.atTime(9, 0), phone, "1234", false), 400, "律师执业证号");
		assertProblem(this.api.bookAsLawyer(lawyers, this.day.atTime(9, 0), phone, "1234"), 400, "律师执业证号应为17位数字");
		assertThat(this.jdbc.queryForObject("select count(*) from appointment where service_id in (?, ?)",
				Integer.class, service, lawyers))
			.isZero();
	}

	@Test
	void aLawyerTheCaseSystemVouchesForIsConfirmedTheOthersWaitForTheCaseManager() {
		UUID service = this.api.defineService("LAWYER_RECEPTION", "律师接待", 2, 60);
		LocalDateTime slot = this.day.atTime(14, 0);
		String acting = "1410120181" + String.format("%07d", (int) (Math.random() * 10_000_000));
		CaseQueryServiceStub.acting(acting);
		String slow = "2410120181" + String.format("%07d", (int) (Math.random() * 10_000_000));
		CaseQueryServiceStub.slow(slow);

		BookingApi.Response vouched = this.api.bookAsLawyer(service, slot, BookingApi.phone(), acting);
		assertThat(vouched.<String>read("$.state")).as(vouched.body()).isEqualTo("CONFIRMED");

		BookingApi.Response stranger = this.api.bookAsLawyer(service, slot, BookingApi.phone(), "31101201810000001");
		assertThat(stranger.<String>read("$.state")).as(stranger.body()).isEqualTo("PENDING_CONFIRMATION");
		UUID strangerId = appointmentId(stranger.read("$.bookingCode"));

		long started = System.nanoTime();
		BookingApi.Response unanswered = this.api.bookAsLawyer(service, this.day.atTime(15, 0), BookingApi.phone(),
				slow);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(unanswered.<String>read("$.state")).as(unanswered.body()).isEqualTo("PENDING_CONFIRMATION");
		UUID unansweredId = appointmentId(unanswered.read("$.bookingCode"));

		// only case managers, hall officers and administrators decide
		assertThat(this.api
			.staff(BookingApi.SUPERVISOR, "POST", "/api/hall/staff/appointments/" + strangerId + "/confirm", null)
			.status()).isEqualTo(403);

		BookingApi.Response confirmed = this.api.staff(BookingApi.CASE_MANAGER, "POST",
				"/api/hall/staff/appointments/" + strangerId + "/confirm", null);
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.<String>read("$.state")).isEqualTo("CONFIRMED");
		assertThat(confirmed.<String>read("$.lawyerCheck")).isEqualTo("未能确认律师与案件的关系");
		assertThat(confirmed.<String>read("$.name")).isEqualTo("李律师");
		assertThat(this.api
			.staff(BookingApi.CASE_MANAGER, "POST", "/api/hall/staff/appointments/" + strangerId + "/confirm", null)
			.status()).isEqualTo(409);

		BookingApi.Response refused = this.api.staff(BookingApi.CASE_MANAGER, "POST",
				"/api/hall/staff/appointments/" + unansweredId + "/refuse", "{\"reason\":\"案件已移送法院\"}");
		assertThat(refused.status()).as(refused.body()).isEqualTo(200);
		assertThat(refused.<String>read("$.state")).isEqualTo("REFUSED");
		assertThat(refused.<String>read("$.lawyerCheck")).isEqualTo("案件查询服务暂不可用");
		assertThat(refused.<String>read("$.staffNote")).isEqualTo("案件已移送法院");
		assertThat(this.jdbc.queryForObject("select taken from service_slot where service_id = ? and slot_start = ?",
				Integer.class, service, java.sql.Timestamp.valueOf(this.day.atTime(15, 0))))
			.as("the refusal freed the place")
			.isZero();
		assertThat(this.api.byCode("lookup", unanswered.read("$.bookingCode"), "1234").<String>read("$.staffNote"))
			.isEqualTo("案件已移送法院");
		assertThat(this.jdbc.queryForList(
				"select action || ':' || actor from audit_entry where subject_id = ? order by seq", String.class,
				unansweredId))
			.containsExactly("APPOINTMENT_BOOKED:WEB", "APPOINTMENT_REFUSED:casemgr");
	}

	@Test
	void staffMoveASlotThenCancelIt() {
		UUID service = this.api.defineService("VISIT", "来访接待（调整）", 2, 60);
		LocalDateTime from = this.day.atTime(9, 0);
		LocalDateTime to = this.day.atTime(11, 0);
		BookingApi.Response first = this.api.book(service, from, BookingApi.phone(), "1111", false);
		BookingApi.Response second = this.api.book(service, from, BookingApi.phone(), "2222", false);
		BookingApi.Response waiting = this.api.book(service, from, BookingApi.phone(), "3333", true);
		this.api.book(service, to, BookingApi.phone(), "4444", false);
		String move = "{\"slotStart\":\"" + from + "\",\"newStart\":\"" + to + "\",\"reason\":\"接待人员临时外出\"}";

		assertThat(this.api
			.staff(BookingApi.CASE_MANAGER, "POST", "/api/hall/staff/services/" + service + "/slots/move", move)
			.status()).isEqualTo(403);
		BookingApi.Response tooSmall = this.api.staff(BookingApi.OFFICER, "POST",
				"/api/hall/staff/services/" + service + "/slots/move", move);
		assertThat(tooSmall.status()).as(tooSmall.body()).isEqualTo(409);
		assertThat(tooSmall.<String>read("$.title")).isEqualTo("新时段名额不足");

		// as if the first had bound WeChat (the desk's binding endpoint): only it is told
		UUID firstId = appointmentId(first.read("$.bookingCode"));
		this.jdbc.update("update appointment set has_openid = true where id = ?", firstId);
		LocalDateTime free = this.day.atTime(13, 0);
		BookingApi.Response moved = this.api.staff(BookingApi.OFFICER, "POST",
				"/api/hall/staff/services/" + service + "/slots/move",
				"{\"slotStart\":\"" + from + "\",\"newStart\":\"" + free + "\",\"reason\":\"接待人员临时外出\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.<Integer>read("$.affected")).isEqualTo(3);
		assertThat(moved.<Integer>read("$.notified")).isEqualTo(1);
		BookingApi.Response firstNow = this.api.byCode("lookup", first.read("$.bookingCode"), "1111");
		assertThat(firstNow.<String>read("$.slotStart")).startsWith(free.toString());
		assertThat(firstNow.<String>read("$.staffNote")).isEqualTo("接待人员临时外出");
		assertThat(this.api.byCode("lookup", waiting.read("$.bookingCode"), "3333").<Integer>read("$.waitlistPosition"))
			.isEqualTo(1);
		BookingApi.Response slots = this.api.publicCall("GET",
				"/api/hall/services/" + service + "/slots?from=" + this.day + "&to=" + this.day, null);
		assertThat(slots.<List<Boolean>>read("$.slots[?(@.start == '" + from + ":00')].cancelled"))
			.containsExactly(true);
		assertThat(slots.<List<Integer>>read("$.slots[?(@.start == '" + free + ":00')].remaining")).containsExactly(0);
		assertProblem(this.api.book(service, from, BookingApi.phone(), "5555", false), 409, "该时段已取消接待");

		BookingApi.Response cancelled = this.api.staff(BookingApi.OFFICER, "POST",
				"/api/hall/staff/services/" + service + "/slots/cancel",
				"{\"slotStart\":\"" + free + "\",\"reason\":\"大厅停电\"}");
		assertThat(cancelled.<Integer>read("$.affected")).as(cancelled.body()).isEqualTo(3);
		BookingApi.Response secondNow = this.api.byCode("lookup", second.read("$.bookingCode"), "2222");
		assertThat(secondNow.<String>read("$.state")).isEqualTo("CANCELLED");
		assertThat(secondNow.<String>read("$.staffNote")).isEqualTo("大厅停电");
		assertThat(this.jdbc.queryForObject(
				"select taken || '/' || cancelled from service_slot where service_id = ? and slot_start = ?",
				String.class, service, java.sql.Timestamp.valueOf(free)))
			.isEqualTo("0/true");
		assertThat(cancelled.<Integer>read("$.notified")).isEqualTo(1);
		// booked, moved (notice), cancelled, cancelled (notice)
		assertThat(records(firstId.toString(), 4)).contains("\"notice\":\"MOVED\"")
			.contains("\"notice\":\"CANCELLED_BY_STAFF\"")
			.contains("\"channel\":\"WECHAT\"");
		String secondRecords = records(appointmentId(second.read("$.bookingCode")).toString(), 2);
		assertThat(secondRecords).contains("\"byStaff\":true").as("no openid, no notice").doesNotContain("\"notice\"");
		assertThat(secondRecords.lines().filter((line) -> line.startsWith("{"))).hasSize(2);
	}

	@Test
	void servicesAreDefinedByHallOfficersAndTheAgendaShowsBookedSlotsWithoutNames() {
		String json = """
				{"kind":"VISIT","name":"不应创建","department":"控告申诉检察部","place":"大厅","opensAt":"09:00",
				 "closesAt":"12:00","slotMinutes":30,"capacity":2,"bookingDaysAhead":7,"bookingClosesHoursBefore":0,
				 "active":true}
				""";
		assertThat(this.api.staff(BookingApi.CASE_MANAGER, "POST", "/api/hall/staff/services", json).status())
			.isEqualTo(403);
		BookingApi.Response invalid = this.api.staff(BookingApi.OFFICER, "POST", "/api/hall/staff/services",
				json.replace("\"capacity\":2", "\"capacity\":0"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("每个时段至少1个名额");

		String name = "检察长接待日" + UUID.randomUUID().toString().substring(0, 6);
		UUID service = this.api.defineService("CHIEF_RECEPTION", name, 2, 60);
		assertThat(this.api.publicCall("GET", "/api/hall/services", null).<List<String>>read("$[*].name"))
			.contains(name);
		BookingApi.Response changed = this.api.staff(BookingApi.OFFICER, "PUT", "/api/hall/staff/services/" + service,
				json.replace("不应创建", name)
					.replace("\"VISIT\"", "\"CHIEF_RECEPTION\",\"leader\":\"李检察长\"")
					.replace("\"active\":true", "\"active\":false"));
		assertThat(changed.<Boolean>read("$.active")).as(changed.body()).isFalse();
		assertThat(this.api.publicCall("GET", "/api/hall/services", null).<List<String>>read("$[*].name"))
			.doesNotContain(name);
		assertThat(this.api.publicCall("GET", "/api/hall/services/" + service, null).status()).isEqualTo(404);
		assertThat(this.jdbc.queryForList("select action from audit_entry where subject_id = ? order by seq",
				String.class, service))
			.containsExactly("SERVICE_DEFINED", "SERVICE_CHANGED");

		UUID visits = this.api.defineService("VISIT", "来访接待（议程）", 2, 60);
		LocalDate agendaDay = BookingApi.aheadWorkingDay(this.calendar, this.clock.today(), 3);
		this.api.book(visits, agendaDay.atTime(16, 0), BookingApi.phone(), "7777", false);
		BookingApi.Response agenda = this.api.publicCall("GET", "/api/public/agenda?date=" + agendaDay, null);
		assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
		assertThat(agenda.<List<String>>read("$.lines[?(@.title == '来访接待（议程）')].start"))
			.containsExactly(agendaDay.atTime(16, 0) + ":00");
		assertThat(agenda.<List<String>>read("$.lines[*].kindLabel")).contains("来访接待");
		assertThat(agenda.body()).doesNotContain("张三");
		assertThat(agenda.<List<String>>read("$.lines[?(@.title == '来访接待（议程）')].start")).hasSize(1);
	}

	private UUID appointmentId(String code) {
		return this.jdbc.queryForObject("select id from appointment where code_hash = ?", UUID.class,
				this.hash.bookingCode("booking", code));
	}

	private static void assertProblem(BookingApi.Response response, int status, String words) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains(words);
	}

	/**
	 * The records of a key on {@code hall.events} (values and headers), once there are so
	 * many.
	 */
	private static String records(String key, int atLeast) {
		Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		StringBuilder found = new StringBuilder();
		int count = 0;
		Instant deadline = Instant.now().plusSeconds(30);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.HALL_EVENTS));
			// once there are so many, a little longer: what else comes of the same key is
			// read too
			Instant settled = null;
			while (Instant.now().isBefore(deadline) && (settled == null || Instant.now().isBefore(settled))) {
				if (settled == null && count >= atLeast) {
					settled = Instant.now().plusMillis(1500);
				}
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
					if (key.equals(record.key())) {
						count++;
						found.append('\n').append(new String(record.value(), StandardCharsets.UTF_8)).append('\n');
						record.headers()
							.forEach((header) -> found.append(new String(header.value(), StandardCharsets.UTF_8)));
					}
				}
			}
		}
		assertThat(count).as("records of %s on %s", key, Topics.HALL_EVENTS).isGreaterThanOrEqualTo(atLeast);
		return found.toString();
	}

}
