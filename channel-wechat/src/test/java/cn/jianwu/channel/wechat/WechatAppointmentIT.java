package cn.jianwu.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.events.HallAppointmentNoticeDue;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.api.wechat.WechatNotice;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hall appointments on WeChat: a notice hall-service raises on {@code hall.events}
 * ({@code appointment.notice}, channel {@code WECHAT}) reaches the person once as a
 * template message of the WeChat API (WireMock), in hall-service's words (WireMock at its
 * HTTP boundary); a follower's {@code 预约 code last4} binds a booking through the signed
 * callback. PostgreSQL, Redis and Kafka are real.
 */
@ExtendWith(OutputCaptureExtension.class)
class WechatAppointmentIT extends WechatIntegrationTest {

	private static final Duration SEND_WAIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aReminderReachesThePersonOnceAsATemplateMessageInHallServicesWords() {
		String follower = openId();
		String appointment = UUID.randomUUID().toString();
		stubNotice(appointment, AppointmentNotice.REMINDER, new WechatNotice(follower, AppointmentNotice.REMINDER,
				"您预约的律师阅卷明天办理", "律师阅卷", "2026年12月8日 09:30-10:00", "二楼案件管理部", "请携带律师执业证和授权委托书。"));
		ProducerRecord<String, byte[]> reminder = record(due(appointment, AppointmentNotice.REMINDER));

		send(reminder);
		await().atMost(SEND_WAIT).until(() -> WechatApiStub.count(template(follower)) == 1);
		JsonNode message = JSON.readTree(WechatApiStub.SERVER.findAll(template(follower)).get(0).getBodyAsString());
		assertThat(message.get("template_id").asString()).isEqualTo(APPOINTMENT_TEMPLATE);
		assertThat(message.at("/data/first/value").asString()).isEqualTo("您预约的律师阅卷明天办理");
		assertThat(message.at("/data/keyword1/value").asString()).isEqualTo("律师阅卷");
		assertThat(message.at("/data/keyword2/value").asString()).isEqualTo("2026年12月8日 09:30-10:00");
		assertThat(message.at("/data/keyword3/value").asString()).isEqualTo("二楼案件管理部");
		assertThat(message.at("/data/remark/value").asString()).isEqualTo("请携带律师执业证和授权委托书。");
		await().atMost(SEND_WAIT).until(() -> "SENT".equals(outcome(appointment, AppointmentNotice.REMINDER)));

		// the same event again (a redelivery), then another person's on the same
		// partition, so handled after it: the first person still has one message
		send(reminder);
		String other = openId();
		String otherAppointment = UUID.randomUUID().toString();
		stubNotice(otherAppointment, AppointmentNotice.MOVED, new WechatNotice(other, AppointmentNotice.MOVED,
				"您的预约时间已变更", "律师接待", "2026年12月9日 14:00-14:30", "一楼接待室", "因检察官出庭，时间调整。"));
		ProducerRecord<String, byte[]> next = record(due(otherAppointment, AppointmentNotice.MOVED));
		send(new ProducerRecord<>(next.topic(), null, reminder.key(), next.value(), next.headers()));
		await().atMost(SEND_WAIT).until(() -> WechatApiStub.count(template(other)) == 1);
		assertThat(WechatApiStub.count(template(follower))).isEqualTo(1);
	}

	@Test
	void aNoticeWithNobodyToTellOnWechatOrOfAnotherChannelSendsNothing() {
		String nobody = UUID.randomUUID().toString();
		String web = UUID.randomUUID().toString();

		send(new HallAppointmentNoticeDue(web, AppointmentNotice.CONFIRMED, SubmissionChannel.WEB, Instant.now()));
		send(due(nobody, AppointmentNotice.CONFIRMED));

		await().atMost(SEND_WAIT).until(() -> "NOTHING_TO_SEND".equals(outcome(nobody, AppointmentNotice.CONFIRMED)));
		assertThat(HallStub.SERVER
			.findAll(getRequestedFor(urlPathEqualTo("/internal/hall/appointments/" + web + "/wechat-notice"))))
			.isEmpty();
		assertThat(outcome(web, AppointmentNotice.CONFIRMED)).isNull();
	}

	@Test
	void aPersonWechatCannotReachAnyMoreIsRecordedAndNotRetried() {
		Instant start = Instant.now();
		String follower = openId();
		String appointment = UUID.randomUUID().toString();
		stubNotice(appointment, AppointmentNotice.CANCELLED_BY_STAFF,
				new WechatNotice(follower, AppointmentNotice.CANCELLED_BY_STAFF, "您的预约已被取消", "检察长接待日",
						"2026年12月10日 09:00-09:30", "接待室", "检察长临时公务，敬请谅解。"));
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.touser", equalTo(follower)))
			.willReturn(okJson("{\"errcode\":43004,\"errmsg\":\"require subscribe\"}")));

		send(due(appointment, AppointmentNotice.CANCELLED_BY_STAFF));

		await().atMost(SEND_WAIT)
			.until(() -> "UNREACHABLE".equals(outcome(appointment, AppointmentNotice.CANCELLED_BY_STAFF)));
		assertThat(WechatApiStub.count(template(follower))).isEqualTo(1);
		awaitActivity(WechatActivity.NOTICE_FAILED, start);
	}

	@Test
	void aFollowerBindsABookingWithItsCodeAndIsShownIt(CapturedOutput output) {
		Instant start = Instant.now();
		String follower = openId();
		String code = digits(12);
		HallStub.SERVER
			.stubFor(
					post(urlPathEqualTo("/internal/hall/appointments/wechat-binding")).atPriority(1)
						.withRequestBody(matchingJsonPath("$.openid", equalTo(follower)))
						.withRequestBody(matchingJsonPath("$.bookingCode", equalTo(code)))
						.withRequestBody(matchingJsonPath("$.idLast4", equalTo("123X")))
						.willReturn(okJson(JSON.writeValueAsString(new AppointmentLookup(AppointmentState.CONFIRMED,
								AppointmentState.CONFIRMED.label(), "律师阅卷", ServiceKind.values()[0], "二楼案件管理部",
								LocalDateTime.of(2026, 12, 8, 9, 30), LocalDateTime.of(2026, 12, 8, 10, 0), 0, null,
								null, true, null)))));

		String reply = text(follower, "预约+" + code + "+123x");

		assertThat(reply).startsWith("预约已绑定本公众号。")
			.contains("服务：律师阅卷")
			.contains("时间：2026年12月8日 09:30-10:00")
			.contains("地点：二楼案件管理部")
			.contains("状态：已确认")
			.endsWith("预约提醒和变更通知将通过本公众号发送给您。");
		assertThat(output.getAll()).as("the log").doesNotContain(code, follower);
		awaitActivity(WechatActivity.BOOKING_BOUND, start);
	}

	@Test
	void aWrongCodeAMalformedTextAndAHallThatIsDownEachGetTheirAnswer(CapturedOutput output) {
		String follower = openId();
		String wrong = digits(12);
		HallStub.SERVER.stubFor(post(urlPathEqualTo("/internal/hall/appointments/wechat-binding")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.bookingCode", equalTo(wrong)))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"title\":\"预约码或身份证号码后四位不正确\",\"status\":404}")));

		assertThat(text(follower, "预约 " + wrong + " 1234")).startsWith("预约码或身份证号码后四位不正确");
		assertThat(text(follower, "预约：明天上午律师阅卷")).startsWith("绑定预约格式：预约+预约码+身份证后四位");
		assertThat(text(follower, "预约")).startsWith("绑定预约格式：预约+预约码+身份证后四位");
		String down = digits(12);
		assertThat(text(follower, "预约 " + down + " 1234")).startsWith("预约服务暂时繁忙，请稍后再试");
		assertThat(HallStub.SERVER.findAll(bindings(follower))).hasSize(2);
		assertThat(output.getAll()).as("the log").doesNotContain(wrong, down, follower);
	}

	private static void stubNotice(String appointmentId, AppointmentNotice notice, WechatNotice words) {
		HallStub.SERVER.stubFor(
				get(urlPathEqualTo("/internal/hall/appointments/" + appointmentId + "/wechat-notice")).atPriority(1)
					.withQueryParam("notice", equalTo(notice.name()))
					.willReturn(okJson(JSON.writeValueAsString(words))));
	}

	private static HallAppointmentNoticeDue due(String appointmentId, AppointmentNotice notice) {
		return new HallAppointmentNoticeDue(appointmentId, notice, SubmissionChannel.WECHAT,
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	private String outcome(String appointmentId, AppointmentNotice notice) {
		return this.jdbc
			.queryForList("SELECT outcome FROM appointment_notice WHERE appointment_id = ? AND notice = ?",
					String.class, appointmentId, notice.name())
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static RequestPatternBuilder template(String openId) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
			.withRequestBody(matchingJsonPath("$.touser", equalTo(openId)));
	}

	private static RequestPatternBuilder bindings(String openId) {
		return postRequestedFor(urlPathEqualTo("/internal/hall/appointments/wechat-binding"))
			.withRequestBody(matchingJsonPath("$.openid", equalTo(openId)));
	}

	private static String openId() {
		return "o-it-appointment-" + UUID.randomUUID();
	}

	private static String digits(int length) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < length; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

}
