package cn.jianwu.channel.wechat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.events.WechatActivityRecorded;
import cn.jianwu.testsupport.Records;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestKafka;
import javax.net.ssl.SSLSession;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on real PostgreSQL, Redis and Kafka, with WireMock as the WeChat API. Every
 * integration test class extends this one, so they share one application context (and one
 * consumer of {@code disclosure.events}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.wechat.app-id=" + WechatIntegrationTest.APP_ID, "jianwu.wechat.app-secret=it-app-secret",
				"jianwu.wechat.token=" + WechatIntegrationTest.CALLBACK_TOKEN,
				"jianwu.wechat.aes-key=" + WechatIntegrationTest.AES_KEY,
				"jianwu.wechat.aes-key-previous=" + WechatIntegrationTest.AES_KEY_PREVIOUS,
				"jianwu.wechat.redis-key-prefix=" + WechatIntegrationTest.REDIS_PREFIX,
				"jianwu.wechat.case-query.progress-template-id=" + WechatIntegrationTest.PROGRESS_TEMPLATE,
				"jianwu.wechat.case-query.lockout-template-id=" + WechatIntegrationTest.LOCKOUT_TEMPLATE,
				"jianwu.wechat.hall.appointment-template-id=" + WechatIntegrationTest.APPOINTMENT_TEMPLATE,
				"jianwu.wechat.case-query.timeout=2s", "jianwu.channel.poll-interval=100ms",
				"jianwu.channel.sweep-interval=500ms", "jianwu.channel.awaiting-check-after=1s",
				"jianwu.channel.awaiting-timeout=2m", "jianwu.channel.channels.wechat.max-attempts=4",
				"jianwu.channel.channels.wechat.initial-back-off=50ms",
				"jianwu.channel.channels.wechat.max-back-off=200ms", "jianwu.channel.channels.wechat.timeout=10s",
				"jianwu.channel.channels.wechat.rate-limit=1000", "jianwu.channel.channels.wechat.rate-period=1m",
				"jianwu.channel.channels.wechat.circuit-minimum-calls=50",
				"jianwu.channel.channels.wechat.circuit-window=50" })
abstract class WechatIntegrationTest {

	static final String APP_ID = "wx-it-app";

	static final String CALLBACK_TOKEN = "it-callback-token";

	static final String AES_KEY = "PPjFIbabPspINUju0Cp8aPy0SR5ODkWBon7BgbO3cyg";

	static final String AES_KEY_PREVIOUS = "UfgsBBxhskPhT7sjamVOenGRq9PKSf6RXQeUptYYuu0";

	static final String REDIS_PREFIX = "jianwu-it:wechat";

	static final String PROGRESS_TEMPLATE = "IT-PROGRESS-TEMPLATE";

	static final String LOCKOUT_TEMPLATE = "IT-LOCKOUT-TEMPLATE";

	static final String APPOINTMENT_TEMPLATE = "IT-APPOINTMENT-TEMPLATE";

	static final String TOKEN_KEY = REDIS_PREFIX + ":access_token:" + APP_ID;

	static final Duration REPORT_WAIT = Duration.ofSeconds(30);

	private static final EventCodec CODEC = new EventCodec(URI.create("/jianwu/disclosure-service"));

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern ENCRYPTED = Pattern.compile("<Encrypt>(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</Encrypt>",
			Pattern.DOTALL);

	private static final Pattern CONTENT = Pattern.compile("<Content><!\\[CDATA\\[(.*?)]]></Content>", Pattern.DOTALL);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.redis(registry);
		TestInfrastructure.kafka(registry);
		registry.add("jianwu.wechat.api-base-url", WechatApiStub::baseUrl);
		registry.add("jianwu.wechat.case-query.base-url", CaseQueryStub::baseUrl);
		registry.add("jianwu.wechat.hall.base-url", HallStub::baseUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JdbcTemplate jdbc;

	/** An item for WeChat whose title carries a marker that identifies its requests. */
	static DisclosurePublished item(String itemId, int revision, Visibility visibility, Channel... channels) {
		return new DisclosurePublished(itemId, revision, Category.GOVERNMENT_AFFAIRS, null,
				"检察开放日公告 " + marker(itemId, revision), "本院将举办检察开放日活动。", "<p>本院定于下月举办检察开放日活动。</p><p>欢迎社会各界参加。</p>",
				"办公室", visibility, List.of(channels), Instant.now(), "http://localhost:8080/items/" + itemId,
				List.of());
	}

	static DisclosurePublished item(String itemId, int revision) {
		return item(itemId, revision, Visibility.PUBLIC, Channel.PORTAL, Channel.WECHAT);
	}

	static String newItemId() {
		return UUID.randomUUID().toString();
	}

	static String marker(String itemId, int revision) {
		return itemId + "-r" + revision;
	}

	/**
	 * Makes {@code draft/add} of the item revision answer a known media id.
	 * @return the publish id its submission gets
	 */
	static String stubDraft(String itemId, int revision) {
		String draft = "DRAFT-" + marker(itemId, revision);
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/draft/add")).atPriority(5)
			.withRequestBody(containing(marker(itemId, revision)))
			.willReturn(okJson("{\"media_id\":\"" + draft + "\"}")));
		return "PUB-" + draft;
	}

	static String draftOf(String itemId, int revision) {
		return "DRAFT-" + marker(itemId, revision);
	}

	/** The event as a record, to send it (the very same record) more than once. */
	static ProducerRecord<String, byte[]> record(PlatformEvent event) {
		return KafkaEnvelope.toRecord(event, CODEC.encode(event));
	}

	RecordMetadata send(ProducerRecord<String, byte[]> record) {
		try {
			return this.kafka.send(Records.copyOf(record)).get().getRecordMetadata();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	RecordMetadata send(PlatformEvent event) {
		return send(record(event));
	}

	/**
	 * Waits until the post of the revision awaits WeChat's result; answers its reference.
	 */
	String awaitAwaiting(String itemId, int revision) {
		return await().atMost(REPORT_WAIT)
			.until(() -> ledger(itemId, revision, "POST").filter((row) -> "AWAITING_RESULT".equals(row.get("status")))
				.map((row) -> (String) row.get("external_ref")), Optional::isPresent)
			.get();
	}

	Optional<Map<String, Object>> ledger(String itemId, int revision, String operation) {
		return this.jdbc
			.queryForList("SELECT status, external_ref, reason FROM channel_delivery WHERE item_id = ? AND revision = ?"
					+ " AND channel = 'wechat' AND operation = ?", itemId, revision, operation)
			.stream()
			.findFirst();
	}

	static ChannelDeliveryReported awaitReport(String itemId, int revision, DeliveryStatus status) {
		return (ChannelDeliveryReported) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.CHANNEL_DELIVERIES,
					(event) -> event.payload() instanceof ChannelDeliveryReported report
							&& report.itemId().equals(itemId) && report.revision() == revision
							&& report.channel() == Channel.WECHAT && report.status() == status,
					REPORT_WAIT)
			.get(0)
			.event()
			.payload();
	}

	/**
	 * Waits for the count of an activity on {@code wechat.activity} that happened at or
	 * after {@code since} (the events name nobody, so the time tells this test's apart).
	 */
	static WechatActivityRecorded awaitActivity(WechatActivity activity, Instant since) {
		return (WechatActivityRecorded) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.WECHAT_ACTIVITY,
					(event) -> event.payload() instanceof WechatActivityRecorded recorded
							&& recorded.activity() == activity && !recorded.at().isBefore(since),
					REPORT_WAIT)
			.get(0)
			.event()
			.payload();
	}

	/**
	 * The callback with a valid signature over our token, a fresh timestamp and nonce. A
	 * {@code POST} without an extra query is a message as WeChat pushes it in safe mode
	 * (the service has an EncodingAESKey): encrypted, with its {@code msg_signature}; the
	 * answer is the decrypted reply, or {@code success}.
	 */
	HttpResponse<String> callback(String method, String extraQuery, String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String nonce = newNonce();
		if ("POST".equals(method) && extraQuery == null && body != null) {
			return safeModeCallback(timestamp, nonce, body);
		}
		return rawCallback(method, signedQuery(timestamp, nonce) + ((extraQuery != null) ? "&" + extraQuery : ""),
				body);
	}

	/**
	 * A message pushed in safe mode with the given signed timestamp and nonce; answers
	 * the decrypted reply.
	 */
	HttpResponse<String> safeModeCallback(String timestamp, String nonce, String message) {
		WxCryptUtil crypto = new WxCryptUtil(CALLBACK_TOKEN, AES_KEY, APP_ID);
		String encrypted = crypto.encrypt(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE),
				message);
		String envelope = "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName><Encrypt><![CDATA[" + encrypted
				+ "]]></Encrypt></xml>";
		HttpResponse<String> answer = rawCallback("POST", signedQuery(timestamp, nonce)
				+ "&encrypt_type=aes&msg_signature=" + sha1(CALLBACK_TOKEN, timestamp, nonce, encrypted), envelope);
		Matcher cipher = ENCRYPTED.matcher(answer.body());
		return cipher.find() ? new ReadAnswer(answer, crypto.decrypt(cipher.group(1))) : answer;
	}

	static String signedQuery(String timestamp, String nonce) {
		return "signature=" + sha1(CALLBACK_TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce;
	}

	static String newNonce() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L));
	}

	/** An encrypted answer with its body decrypted. */
	record ReadAnswer(HttpResponse<String> raw, String body) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return this.raw.statusCode();
		}

		@Override
		public HttpRequest request() {
			return this.raw.request();
		}

		@Override
		public Optional<HttpResponse<String>> previousResponse() {
			return this.raw.previousResponse();
		}

		@Override
		public HttpHeaders headers() {
			return this.raw.headers();
		}

		@Override
		public Optional<SSLSession> sslSession() {
			return this.raw.sslSession();
		}

		@Override
		public URI uri() {
			return this.raw.uri();
		}

		@Override
		public HttpClient.Version version() {
			return this.raw.version();
		}

	}

	HttpResponse<String> rawCallback(String method, String query, String body) {
		HttpRequest.BodyPublisher publisher = (body != null)
				? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/wechat/callback?" + query))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "text/xml")
			.method(method, publisher)
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The follower's text through the signed callback; answers the reply's text. */
	String text(String openId, String content) {
		long msgId = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
		String message = "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName><FromUserName><![CDATA[" + openId
				+ "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
				+ "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
		HttpResponse<String> answer = callback("POST", null, message);
		assertThat(answer.statusCode()).isEqualTo(200);
		Matcher matcher = CONTENT.matcher(answer.body());
		assertThat(matcher.find()).as("a text reply in " + answer.body()).isTrue();
		return matcher.group(1);
	}

	/** WeChat's {@code PUBLISHJOBFINISH} event for a publish job. */
	static String publishJobFinished(String publishId, int status, String articleId) {
		return "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName>"
				+ "<FromUserName><![CDATA[o-wechat-system]]></FromUserName><CreateTime>"
				+ ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L)
				+ "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event>"
				+ "<PublishEventInfo><publish_id>" + publishId + "</publish_id><publish_status>" + status
				+ "</publish_status>"
				+ ((articleId != null) ? "<article_id><![CDATA[" + articleId + "]]></article_id>"
						+ "<article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/"
						+ articleId + "]]></article_url></item></article_detail>" : "<fail_idx>1</fail_idx>")
				+ "</PublishEventInfo></xml>";
	}

	static String sha1(String... parts) {
		String[] sorted = parts.clone();
		Arrays.sort(sorted);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1")
					.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
