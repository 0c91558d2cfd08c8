package cn.jianwu.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.events.HallMessageAcknowledged;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.wechat.WechatReply;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * Messages to the online service hall by WeChat: a follower's {@code 留言 ...} goes through
 * the signed callback to hall-service (WireMock at its HTTP boundary, another process)
 * and the passive reply carries the receipt; an approved answer announced on
 * {@code hall.events} reaches the follower once as a customer-service message of the
 * WeChat API (WireMock). PostgreSQL, Redis and Kafka are real.
 */
@ExtendWith(OutputCaptureExtension.class)
class WechatHallIT extends WechatIntegrationTest {

	private static final Duration SEND_WAIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aFollowersMessageIsHandedToTheHallAndTheReplyTellsTheReceiptOnly(CapturedOutput output) {
		String follower = openId();
		String trackingCode = digits(12);
		String checkCode = digits(6);
		HallStub.SERVER.stubFor(post(urlPathEqualTo("/internal/hall/wechat-messages")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.openid", equalTo(follower)))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(JSON.writeValueAsString(new SubmissionReceipt(trackingCode, checkCode, MessageKind.SUGGESTION,
						Instant.now(), LocalDate.of(2026, 12, 16), LocalDate.of(2027, 3, 8))))));

		long started = System.nanoTime();
		String reply = text(follower, " 留言：建议在检察服务大厅增设自助查询设备。");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(reply).startsWith("您的留言（意见建议）已受理。")
			.contains("受理编号：" + trackingCode)
			.contains("查询密码：" + checkCode)
			.contains("程序性答复期限：2026年12月16日")
			.contains("答复期限：2027年3月8日");
		assertThat(HallStub.SERVER.findAll(handedOver(follower))).singleElement()
			.satisfies((request) -> assertThat(JSON.readTree(request.getBodyAsString()).get("text").asString())
				.isEqualTo("建议在检察服务大厅增设自助查询设备。"));
		assertThat(output.getAll()).as("the log").doesNotContain(trackingCode, checkCode, follower, "自助查询设备");
	}

	@Test
	void theKeywordAloneIsAnsweredWithTheFormatAndReachesNoOne() {
		String follower = openId();

		assertThat(text(follower, "留言")).startsWith("留言格式：留言+内容");
		assertThat(text(follower, "留言：　")).startsWith("留言格式：留言+内容");
		assertThat(HallStub.SERVER.findAll(handedOver(follower))).isEmpty();
	}

	@Test
	void aHallServiceThatIsDownGetsTheFollowerAPoliteReplyAndTheLogAnErrorWithoutTheText(CapturedOutput output) {
		String follower = openId();

		String reply = text(follower, "留言 举报材料已经准备好了");

		assertThat(reply).isEqualTo("留言服务暂时繁忙，您的留言未能提交，请稍后重新发送，或通过本院网站留言、拨打12309检察服务热线。");
		assertThat(HallStub.SERVER.findAll(handedOver(follower))).hasSize(1);
		assertThat(output.getAll()).contains("ERROR")
			.contains("not handed to hall-service")
			.doesNotContain("举报材料", follower);
	}

	@Test
	void aTextTheHallRefusesIsAnsweredWithItsReason() {
		String follower = openId();
		HallStub.SERVER.stubFor(post(urlPathEqualTo("/internal/hall/wechat-messages")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.openid", equalTo(follower)))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"title\":\"留言内容不符合要求\",\"status\":400,\"detail\":\"正文不能超过5000个字。\"}")));

		assertThat(text(follower, "留言 很长的内容")).isEqualTo("您的留言未能提交：正文不能超过5000个字。");
	}

	@Test
	void anApprovedAnswerReachesItsWechatWriterOnceAsACustomerServiceMessage() {
		String follower = openId();
		String messageId = UUID.randomUUID().toString();
		String answer = "您好，您的建议已收悉。\n本院将在检察服务大厅增设自助查询设备。" + messageId;
		stubReply(messageId, new WechatReply(follower, answer));
		ProducerRecord<String, byte[]> answered = record(answered(messageId, SubmissionChannel.WECHAT));

		send(answered);
		await().atMost(SEND_WAIT).until(() -> WechatApiStub.count(customText(follower)) == 1);
		assertThat(WechatApiStub.SERVER.findAll(customText(follower))).singleElement()
			.satisfies((request) -> assertThat(JSON.readTree(request.getBodyAsString()).at("/text/content").asString())
				.isEqualTo(answer));

		// the same event again (a redelivery), then another writer's on the same
		// partition, so handled after it: the first writer still has one message
		send(answered);
		String other = openId();
		String otherMessage = UUID.randomUUID().toString();
		stubReply(otherMessage, new WechatReply(other, "答复" + otherMessage));
		ProducerRecord<String, byte[]> next = record(answered(otherMessage, SubmissionChannel.WECHAT));
		send(new ProducerRecord<>(next.topic(), null, answered.key(), next.value(), next.headers()));
		await().atMost(SEND_WAIT).until(() -> WechatApiStub.count(customText(other)) == 1);
		assertThat(WechatApiStub.count(customText(follower))).isEqualTo(1);
		assertThat(outcome(messageId)).isEqualTo("SENT");
	}

	@Test
	void theProceduralAnswerReachesItsWechatWriterAsTheStepItsEventAnnounced() {
		String follower = openId();
		String messageId = UUID.randomUUID().toString();
		String acknowledgement = "您的留言（编号2026-00042）已受理：\n我院已受理您的留言。" + messageId;
		HallStub.SERVER
			.stubFor(get(urlPathEqualTo("/internal/hall/messages/" + messageId + "/wechat-reply")).atPriority(1)
				.withQueryParam("step", equalTo(HandlingAction.ACKNOWLEDGE.name()))
				.willReturn(okJson(JSON.writeValueAsString(new WechatReply(follower, acknowledgement)))));

		send(new HallMessageAcknowledged(messageId, MessageKind.SUGGESTION, SubmissionChannel.WECHAT, Instant.now()));

		await().atMost(SEND_WAIT).until(() -> WechatApiStub.count(customText(follower)) == 1);
		assertThat(WechatApiStub.SERVER.findAll(customText(follower))).singleElement()
			.satisfies((request) -> assertThat(JSON.readTree(request.getBodyAsString()).at("/text/content").asString())
				.isEqualTo(acknowledgement));
		assertThat(outcome(messageId)).isEqualTo("SENT");
	}

	@Test
	void anAnswerWrittenElsewhereOrWithNothingToSendSendsNothing() {
		String webMessage = UUID.randomUUID().toString();
		String nothingToSend = UUID.randomUUID().toString();

		send(answered(webMessage, SubmissionChannel.WEB));
		send(answered(nothingToSend, SubmissionChannel.WECHAT));

		await().atMost(SEND_WAIT).until(() -> "NOTHING_TO_SEND".equals(outcome(nothingToSend)));
		assertThat(HallStub.SERVER.findAll(getRequestedFor(WireMock.urlPathMatching(".*/" + webMessage + "/.*"))))
			.isEmpty();
		assertThat(outcome(webMessage)).isNull();
	}

	@Test
	void aWriterWechatCannotReachAnyMoreIsRecordedAndNotRetried() {
		String follower = openId();
		String messageId = UUID.randomUUID().toString();
		stubReply(messageId, new WechatReply(follower, "答复" + messageId));
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.touser", equalTo(follower)))
			.willReturn(okJson(
					"{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is canceled\"}")));

		send(answered(messageId, SubmissionChannel.WECHAT));

		await().atMost(SEND_WAIT).until(() -> "UNREACHABLE".equals(outcome(messageId)));
		assertThat(WechatApiStub.count(customText(follower))).isEqualTo(1);
	}

	private static void stubReply(String messageId, WechatReply reply) {
		HallStub.SERVER
			.stubFor(get(urlPathEqualTo("/internal/hall/messages/" + messageId + "/wechat-reply")).atPriority(1)
				.willReturn(okJson(JSON.writeValueAsString(reply))));
	}

	private static HallMessageAnswered answered(String messageId, SubmissionChannel channel) {
		return new HallMessageAnswered(messageId, MessageKind.SUGGESTION, channel, Instant.now(), true, 12);
	}

	private String outcome(String messageId) {
		return this.jdbc.queryForList("SELECT outcome FROM hall_reply WHERE message_id = ?", String.class, messageId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static RequestPatternBuilder handedOver(String openId) {
		return postRequestedFor(urlPathEqualTo("/internal/hall/wechat-messages"))
			.withRequestBody(matchingJsonPath("$.openid", equalTo(openId)));
	}

	private static RequestPatternBuilder customText(String openId) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send"))
			.withRequestBody(matchingJsonPath("$.touser", equalTo(openId)))
			.withRequestBody(matchingJsonPath("$.msgtype", equalTo("text")));
	}

	private static String openId() {
		return "o-it-hall-" + UUID.randomUUID();
	}

	private static String digits(int length) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < length; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

}
