package cn.jianwu.hall.intake;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.events.HallMessageReceived;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Topics;
import cn.jianwu.hall.api.handling.WriterDetails;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.audit.AuditEntry;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.personal.WriterVault;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public submits, on the running service with the real PostgreSQL, Redis and
 * Kafka (disclosure-service simulated at its HTTP boundary).
 */
class SubmissionIT extends IntakeIntegrationTest {

	/** A valid resident ID number (check digit right), and two mobile numbers. */
	private static final String ID_NUMBER = "110105198003151234";

	private static final String PHONE = "13912345678";

	private static final String PHONE_IN_TEXT = "13987654321";

	@Autowired
	private WriterVault vault;

	@Autowired
	private HandlingAudit audit;

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void everyKindIsReceivedWithCodesAndClockAndStartsWhereTheTriageRuleSays() {
		UUID item = DisclosureSimulator.publishedItem("公诉部");
		UUID call = openCall("未成年人检察部", Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));
		Map<MessageKind, List<String>> expected = Map.of(MessageKind.CONSULTATION, List.of("RECEIVED", ""),
				MessageKind.SUGGESTION, List.of("RECEIVED", ""), MessageKind.COMPLAINT, List.of("ASSIGNED", "控告申诉检察部"),
				MessageKind.REPORT, List.of("ASSIGNED", "控告申诉检察部"), MessageKind.ITEM_FEEDBACK,
				List.of("ASSIGNED", "公诉部"), MessageKind.CALL_RESPONSE, List.of("ASSIGNED", "未成年人检察部"));
		for (MessageKind kind : MessageKind.values()) {
			Map<String, Object> fields = WriterClient.message(kind.name(), "关于" + kind.label() + "的留言",
					"留言内容：" + UUID.randomUUID());
			if (kind == MessageKind.ITEM_FEEDBACK) {
				fields.put("itemId", item.toString());
			}
			if (kind == MessageKind.CALL_RESPONSE) {
				fields.put("callId", call.toString());
			}
			WriterClient.Response response = this.writer.submit(WriterClient.newClient(), fields);

			assertThat(response.status()).as(kind.name()).isEqualTo(201);
			assertThat(response.text("trackingCode")).matches("[0-9]{12}");
			assertThat(response.text("checkCode")).matches("[0-9]{6}");
			assertThat(response.text("kind")).isEqualTo(kind.name());
			assertThat(response.text("acknowledgeBy")).isNotNull();
			assertThat(response.text("answerBy")).isNotNull();
			UUID id = messageId(response.text("trackingCode"));
			Map<String, Object> row = this.jdbc
				.queryForMap(
						"SELECT status, coalesce(department, '') AS department, reference, channel, "
								+ "acknowledge_by::text AS ack, answer_by::text AS answer FROM message WHERE id = ?",
						id);
			assertThat(List.of(row.get("status"), row.get("department"))).as(kind.name()).isEqualTo(expected.get(kind));
			assertThat((String) row.get("reference")).matches("20[0-9]{2}-[0-9]{5}");
			assertThat(row.get("channel")).isEqualTo("WEB");
			assertThat(row.get("ack")).isEqualTo(response.text("acknowledgeBy"));
			assertThat(row.get("answer")).isEqualTo(response.text("answerBy"));
			List<AuditEntry> trail = this.audit.history(id);
			assertThat(trail).singleElement().satisfies((entry) -> {
				assertThat(entry.action()).isEqualTo("RECEIVE");
				assertThat(entry.actor()).isEqualTo("WEB");
				assertThat(entry.toStatus()).isEqualTo(expected.get(kind).get(0));
			});
		}
	}

	@Test
	void tooLongSubjectOrBodyIsRefusedWithAChineseProblemNamingTheFields() {
		WriterClient.Response subject = this.writer.submit(WriterClient.newClient(),
				WriterClient.message("SUGGESTION", "字".repeat(MessageSubmission.SUBJECT_MAX + 1), "内容"));
		WriterClient.Response body = this.writer.submit(WriterClient.newClient(),
				WriterClient.message("SUGGESTION", "标题", "字".repeat(MessageSubmission.BODY_MAX + 1)));

		assertThat(subject.status()).isEqualTo(400);
		assertThat(subject.text("detail")).contains("标题不能超过100个字");
		assertThat(subject.json().get("errors").toString()).contains("\"subject\"");
		assertThat(body.status()).isEqualTo(400);
		assertThat(body.text("detail")).contains("留言内容不能超过5000个字");
		assertThat(body.json().get("errors").toString()).contains("\"body\"");
	}

	@Test
	void controlCharactersAndLineBreaksInTheSubjectAreRefusedButHtmlIsKeptAsText() {
		WriterClient.Response control = this.writer.submit(WriterClient.newClient(),
				WriterClient.message("SUGGESTION", "标题", "响铃\u0007字符"));
		WriterClient.Response twoLines = this.writer.submit(WriterClient.newClient(),
				WriterClient.message("SUGGESTION", "第一行\n第二行", "内容"));
		String html = "<script>alert('x')</script><b>加粗</b> & 其他";
		WriterClient.Response withHtml = this.writer.submit(WriterClient.newClient(),
				WriterClient.message("SUGGESTION", "<i>标题</i>", html));

		assertThat(control.status()).isEqualTo(400);
		assertThat(control.text("type")).endsWith("/forbidden-characters");
		assertThat(twoLines.status()).isEqualTo(400);
		assertThat(withHtml.status()).isEqualTo(201);
		assertThat(this.jdbc.queryForMap("SELECT subject, body FROM message WHERE id = ?",
				messageId(withHtml.text("trackingCode"))))
			.containsEntry("subject", "<i>标题</i>")
			.containsEntry("body", html);
	}

	@Test
	void personalDataIsEncryptedAtRestAndIdentifiersLeaveTheStoredText() {
		Map<String, Object> fields = WriterClient.message("COMPLAINT", "投诉办案人员态度（电话" + PHONE_IN_TEXT + "）",
				"我叫王某某，身份证号" + ID_NUMBER + "，联系电话" + PHONE_IN_TEXT + "。\n请尽快处理。");
		fields.put("name", "王小明");
		fields.put("phone", PHONE);
		fields.put("email", "wang@example.cn");

		WriterClient.Response response = this.writer.submit(WriterClient.newClient(), fields);

		assertThat(response.status()).isEqualTo(201);
		UUID id = messageId(response.text("trackingCode"));
		String rawRow = this.jdbc.queryForObject("SELECT row_to_json(m)::text FROM message m WHERE id = ?",
				String.class, id);
		assertThat(rawRow).doesNotContain(PHONE, PHONE_IN_TEXT, ID_NUMBER, "王小明", "wang@example.cn",
				response.text("trackingCode"), response.text("checkCode"));
		assertThat(this.jdbc.queryForMap("SELECT subject, body FROM message WHERE id = ?", id))
			.containsEntry("subject", "投诉办案人员态度（电话〔已隐去的电话号码〕）")
			.containsEntry("body", "我叫王某某，身份证号〔已隐去的身份证号码〕，联系电话〔已隐去的电话号码〕。\n请尽快处理。");
		byte[] ciphertext = this.jdbc.queryForObject("SELECT ciphertext FROM message_writer WHERE message_id = ?",
				byte[].class, id);
		assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain(PHONE, "wang@example.cn");
		WriterDetails writer = this.vault.open(id).orElseThrow();
		assertThat(writer.name()).isEqualTo("王小明");
		assertThat(writer.phone()).isEqualTo(PHONE);
		assertThat(writer.email()).isEqualTo("wang@example.cn");
		assertThat(writer.identifiers()).containsExactly(PHONE_IN_TEXT, ID_NUMBER, PHONE_IN_TEXT);
	}

	@Test
	void feedbackOnAnUnknownOrWithdrawnItemIsRefusedAndNothingIsStored() {
		UUID absent = DisclosureSimulator.absentItem();
		Map<String, Object> fields = WriterClient.message("ITEM_FEEDBACK", "对公开信息的意见", "内容有误");
		fields.put("itemId", absent.toString());

		WriterClient.Response response = this.writer.submit(WriterClient.newClient(), fields);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.text("title")).isEqualTo("所涉公开信息不存在");
		assertThat(storedAbout("item_id", absent)).isZero();
	}

	@Test
	void whileDisclosureServiceCannotAnswerFeedbackIsRefusedWith503AndNothingIsStored() {
		UUID unreachable = DisclosureSimulator.unreachableItem();
		Map<String, Object> fields = WriterClient.message("ITEM_FEEDBACK", "对公开信息的意见", "内容有误");
		fields.put("itemId", unreachable.toString());

		WriterClient.Response response = this.writer.submit(WriterClient.newClient(), fields);

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.text("detail")).isEqualTo("暂时无法核实所涉公开信息，请稍后再试");
		assertThat(storedAbout("item_id", unreachable)).isZero();
	}

	@Test
	void responsesToAClosedOrNotYetOpenCallAreRefused() {
		UUID closed = openCall("办公室", Instant.now().minusSeconds(86_400 * 10), Instant.now().minusSeconds(60));
		UUID future = openCall("办公室", Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(86_400 * 10));

		for (UUID call : List.of(closed, future, UUID.randomUUID())) {
			Map<String, Object> fields = WriterClient.message("CALL_RESPONSE", "我的意见", "建议如下");
			fields.put("callId", call.toString());
			WriterClient.Response response = this.writer.submit(WriterClient.newClient(), fields);

			assertThat(response.status()).isEqualTo(422);
			assertThat(response.text("title")).isEqualTo("该意见征集未在进行中");
			assertThat(storedAbout("call_id", call)).isZero();
		}
	}

	@Test
	void anItemOrCallOnAnotherKindOrNoneWhereOneIsNeededIsABadRequest() {
		Map<String, Object> suggestionWithItem = WriterClient.message("SUGGESTION", "建议", "内容");
		suggestionWithItem.put("itemId", DisclosureSimulator.publishedItem("公诉部").toString());
		Map<String, Object> feedbackWithoutItem = WriterClient.message("ITEM_FEEDBACK", "意见", "内容");

		assertThat(this.writer.submit(WriterClient.newClient(), suggestionWithItem).status()).isEqualTo(400);
		WriterClient.Response missing = this.writer.submit(WriterClient.newClient(), feedbackWithoutItem);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.text("detail")).contains("须指明所涉公开信息");
	}

	@Test
	void anIdenticalSubmissionOfTheSameClientWithinTheWindowIsOneMessageWithOneReceipt() {
		String client = WriterClient.newClient();
		String subject = "重复提交 " + UUID.randomUUID();
		Map<String, Object> fields = WriterClient.message("CONSULTATION", subject, "请问如何申请国家司法救助？");

		WriterClient.Response first = this.writer.submit(client, fields);
		WriterClient.Response second = this.writer.submit(client, fields);
		WriterClient.Response otherClient = this.writer.submit(WriterClient.newClient(), fields);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json()).isEqualTo(first.json());
		assertThat(otherClient.status()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM message WHERE subject = ?", Integer.class, subject))
			.isEqualTo(2);
		Set<String> keys = this.redis.keys("hall:duplicate:*");
		assertThat(keys).isNotEmpty();
		for (String key : keys) {
			assertThat(key + this.redis.opsForValue().get(key)).doesNotContain(first.text("trackingCode"),
					first.text("checkCode"), subject);
		}
	}

	@Test
	void aClientThatSubmitsTooOftenIsThrottledWithRetryAfter() {
		String client = WriterClient.newClient();
		for (int i = 0; i < 10; i++) {
			assertThat(this.writer.submit(client, WriterClient.message("SUGGESTION", "建议" + i, "内容" + i)).status())
				.isEqualTo(201);
		}

		WriterClient.Response throttled = this.writer.submit(client, WriterClient.message("SUGGESTION", "再一条建议", "内容"));

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.text("type")).endsWith("/too-many-requests");
		assertThat(Integer.parseInt(throttled.retryAfter())).isBetween(1, 600);
		assertThat(this.writer.submit(WriterClient.newClient(), WriterClient.message("SUGGESTION", "别人的建议", "内容"))
			.status()).isEqualTo(201);
	}

	@Test
	void messageReceivedReachesKafkaWithIdsAndKindsOnly() {
		String subject = "事件测试 " + UUID.randomUUID();
		Map<String, Object> fields = WriterClient.message("REPORT", subject, "举报线索，联系电话" + PHONE_IN_TEXT);
		fields.put("phone", PHONE);
		fields.put("name", "李举报");
		WriterClient.Response response = this.writer.submit(WriterClient.newClient(), fields);
		String id = messageId(response.text("trackingCode")).toString();

		ConsumerRecord<String, byte[]> record = awaitRecord(id);

		String raw = new String(record.value(), StandardCharsets.UTF_8);
		assertThat(raw).doesNotContain(subject, "举报线索", PHONE, PHONE_IN_TEXT, "李举报", response.text("trackingCode"),
				response.text("checkCode"));
		HallMessageReceived received = (HallMessageReceived) KafkaEnvelope.fromRecord(record).payload();
		assertThat(received.messageId()).isEqualTo(id);
		assertThat(received.kind()).isEqualTo(MessageKind.REPORT);
		assertThat(received.channel()).isEqualTo(SubmissionChannel.WEB);
		assertThat(received.answerBy().toString()).isEqualTo(response.text("answerBy"));
	}

	@Test
	void aWechatFollowersMessageBecomesASuggestionTiedToTheOpenid() {
		String openid = "oWx-" + UUID.randomUUID().toString().replace("-", "");
		String firstLine = "建议在公众号上增加案件信息查询的操作说明，方便群众自助查询案件进度";
		String json = WriterClient.JSON
			.writeValueAsString(Map.of("openid", openid, "text", firstLine + "\n另外，希望能公布每周的接访时间。"));

		WriterClient.Response response = this.writer.post("/internal/hall/wechat-messages", null, json);
		WriterClient.Response again = this.writer.post("/internal/hall/wechat-messages", null, json);

		assertThat(response.status()).isEqualTo(201);
		assertThat(again.status()).as("WeChat delivering the same text again").isEqualTo(200);
		UUID id = messageId(response.text("trackingCode"));
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT kind, channel, subject, body, status, public_ok FROM message WHERE id = ?", id);
		assertThat(row).containsEntry("kind", "SUGGESTION")
			.containsEntry("channel", "WECHAT")
			.containsEntry("subject", firstLine.substring(0, 30))
			.containsEntry("status", "RECEIVED")
			.containsEntry("public_ok", false);
		assertThat((String) row.get("body")).contains("接访时间");
		assertThat(this.vault.open(id).orElseThrow().wechatOpenid()).isEqualTo(openid);
		assertThat(this.audit.history(id).get(0).actor()).isEqualTo("WECHAT");
		WriterClient.Response empty = this.writer.post("/internal/hall/wechat-messages", null,
				WriterClient.JSON.writeValueAsString(Map.of("openid", openid, "text", "  ")));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.text("detail")).contains("请填写");
	}

	private int storedAbout(String column, UUID id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM message WHERE " + column + " = ?", Integer.class, id);
	}

	private UUID openCall(String department, Instant opensAt, Instant closesAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO open_call (id, title, body, department, opens_at, closes_at, created_by, created_at)
				VALUES (?, '征集意见', '正文', ?, ?, ?, 'test', now())
				""", id, department, Timestamp.from(opensAt), Timestamp.from(closesAt));
		return id;
	}

	private static ConsumerRecord<String, byte[]> awaitRecord(String key) {
		Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		Instant deadline = Instant.now().plusSeconds(60);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.HALL_EVENTS));
			while (Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
					if (key.equals(record.key())) {
						return record;
					}
				}
			}
		}
		throw new AssertionError("message.received of " + key + " did not reach " + Topics.HALL_EVENTS);
	}

}
