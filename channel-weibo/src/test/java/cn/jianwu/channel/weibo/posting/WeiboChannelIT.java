package cn.jianwu.channel.weibo.posting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.channel.support.dispatch.DeadLetters;
import cn.jianwu.channel.weibo.Deliveries;
import cn.jianwu.channel.weibo.WeiboServiceTest;
import cn.jianwu.channel.weibo.WeiboSimulator;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeadLetterHeaders;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.RedeliveryRequested;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.testsupport.Records;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Weibo adapter end to end: events in on the real broker, the ledger in the real
 * database, Weibo's API simulated by WireMock (the local simulator's mappings answer
 * unless a test stubs an error for its own item).
 */
class WeiboChannelIT extends WeiboServiceTest {

	private final WireMockServer weibo = WeiboSimulator.shared();

	@Autowired
	EventSender events;

	@Autowired
	EventCodec codec;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aDuplicatedEventPostsOnce() throws Exception {
		DisclosurePublished item = item("关于开展检察开放日活动的公告", "本院将于12月5日举办检察开放日，欢迎社会各界人士报名参加。");
		ProducerRecord<String, byte[]> record = KafkaEnvelope.toRecord(item, this.codec.encode(item));
		this.kafka.send(Records.copyOf(record)).get();
		RecordMetadata again = this.kafka.send(Records.copyOf(record)).get().getRecordMetadata();

		ChannelDeliveryReported delivered = Deliveries.report(item.itemId(), 1, DeliveryStatus.DELIVERED);
		Deliveries.awaitConsumed("channel-weibo", again);
		this.events.send(item).get();
		Deliveries.awaitConsumed("channel-weibo", this.kafka.send(Records.copyOf(record)).get().getRecordMetadata());

		this.weibo.verify(exactly(1), share(item));
		assertThat(delivered.externalRef()).matches("\\d{16}");
		assertThat(delivered.attempt()).isEqualTo(1);
		LoggedRequest posted = this.weibo.findAll(share(item)).get(0);
		assertThat(posted.formParameter("status").getValues())
			.containsExactly("【关于开展检察开放日活动的公告】本院将于12月5日举办检察开放日，欢迎社会各界人士报名参加。 " + item.portalUrl());
		assertThat(posted.formParameter("access_token").getValues()).containsExactly("it-access-token");
		assertThat(posted.formParameter("rip").getValues()).containsExactly("203.0.113.7");
		// operators see the delivery and how long it took from the approval
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.meters.get("jianwu.channel.deliveries")
				.tags("channel", "weibo", "operation", "POST", "status", "DELIVERED")
				.counter()
				.count()).isGreaterThanOrEqualTo(1);
			assertThat(this.meters.get("jianwu.channel.delivery.latency").tags("channel", "weibo").timer().count())
				.isGreaterThanOrEqualTo(1);
		});
	}

	@Test
	void aVeryLongTitleAndSummaryAreShortenedToWeibosLimitKeepingTheWholeLink() {
		DisclosurePublished item = item("关于#扫黑除恶#专项斗争典型案例的通报" + "（第一批典型案例）".repeat(14),
				"为进一步推进扫黑除恶常态化，本院现将一批典型案例予以通报。".repeat(15));
		this.events.send(item);

		Deliveries.report(item.itemId(), 1, DeliveryStatus.DELIVERED);
		this.weibo.verify(exactly(1), share(item));
		String status = this.weibo.findAll(share(item)).get(0).formParameter("status").firstValue();
		assertThat(WeiboLength.of(status)).isLessThanOrEqualTo(140);
		assertThat(status).startsWith("【关于扫黑除恶专项斗争典型案例的通报").endsWith("…】 " + item.portalUrl()).doesNotContain("#");
	}

	@Test
	void aServerErrorIsRetriedAndTheItemDeliveredOnce() {
		DisclosurePublished item = item("2026年第三季度检察工作情况通报", "本季度共受理各类案件……");
		String scenario = "503-" + item.itemId();
		this.weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).atPriority(1)
			.withFormParam("status", containing(item.itemId()))
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)
				.withBody("<html><body>503 Service Temporarily Unavailable</body></html>"))
			.willSetStateTo("recovered"));
		this.weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).atPriority(1)
			.withFormParam("status", containing(item.itemId()))
			.inScenario(scenario)
			.whenScenarioStateIs("recovered")
			.willReturn(posted("4990000000000503")));
		this.events.send(item);

		ChannelDeliveryReported delivered = Deliveries.report(item.itemId(), 1, DeliveryStatus.DELIVERED);
		assertThat(delivered.externalRef()).isEqualTo("4990000000000503");
		assertThat(delivered.attempt()).isEqualTo(1);
		this.weibo.verify(exactly(2), share(item));
		assertThat(ledger(item.itemId(), 1, "POST", "calls")).isEqualTo("2");
	}

	@Test
	void anExpiredTokenFailsAtOnceToTheDeadLetterTopicAndAStaffRetryDeliversOnce() {
		DisclosurePublished item = item("关于公开招聘聘用制书记员的公告", "本院拟公开招聘聘用制书记员5名。");
		StubMapping expired = this.weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).atPriority(1)
			.withFormParam("status", containing(item.itemId()))
			.willReturn(weiboError(21327, "expired_token")));
		this.events.send(item);

		ChannelDeliveryReported failed = Deliveries.report(item.itemId(), 1, DeliveryStatus.FAILED);
		assertThat(failed.reason()).isEqualTo("访问令牌已过期，请重新授权");
		this.weibo.verify(exactly(1), share(item));
		ConsumerRecord<String, byte[]> deadLetter = Deliveries.deadLetter("channel-weibo", item.itemId());
		assertThat(Deliveries.header(deadLetter, DeadLetterHeaders.REASON)).hasValue("访问令牌已过期，请重新授权");
		assertThat(((DisclosurePublished) KafkaEnvelope.fromRecord(deadLetter).payload()).itemId())
			.isEqualTo(item.itemId());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.meters.get("jianwu.dead.letters")
				.tags("topic", "disclosure.events.channel-weibo.dlt")
				.counter()
				.count()).isGreaterThanOrEqualTo(1));

		this.weibo.removeStub(expired);
		this.events.send(new RedeliveryRequested(item.itemId(), 1, Channel.WEIBO, "press", Instant.now()));

		ChannelDeliveryReported delivered = Deliveries.report(item.itemId(), 1, DeliveryStatus.DELIVERED);
		assertThat(delivered.attempt()).isEqualTo(2);
		assertThat(delivered.externalRef()).matches("\\d{16}");
		this.weibo.verify(exactly(2), share(item));
	}

	@Test
	void aPostAnsweredAfterTheReadTimeoutIsFoundOnTheTimelineAndNotPostedAgain() {
		DisclosurePublished item = item("关于开展检察宣传周活动的公告", "本院将于下周开展检察宣传周活动。");
		// Weibo posts at once but answers after 3 s; the adapter's read timeout is 2 s
		StubMapping late = this.weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).atPriority(1)
			.withFormParam("status", containing(item.itemId()))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json;charset=UTF-8")
				.withBodyFile("status.json")
				.withFixedDelay(3000)
				.withTransformers("response-template", "weibo-account")));
		try {
			this.events.send(item);

			ChannelDeliveryReported delivered = Deliveries.report(item.itemId(), 1, DeliveryStatus.DELIVERED);
			assertThat(delivered.reason()).isEqualTo(WeiboChannel.FOUND_AFTER_DOUBT);
			this.weibo.verify(exactly(1), share(item));
			this.weibo.verify(exactly(1), getRequestedFor(urlPathEqualTo(WeiboApi.TIMELINE)));
			String posted = timelineIds(item);
			assertThat(posted).isEqualTo(delivered.externalRef());
		}
		finally {
			this.weibo.removeStub(late);
		}
	}

	@Test
	void repeatedContentIsOurOwnEarlierPostAndCountsAsDelivered() {
		DisclosurePublished item = item("关于举办检察听证会的公告", "本院定于近日就一起羁押必要性审查案件举行公开听证。");
		this.weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).atPriority(1)
			.withFormParam("status", containing(item.itemId()))
			.willReturn(weiboError(20019, "repeat conetnt!")));
		this.events.send(item);

		ChannelDeliveryReported delivered = Deliveries.report(item.itemId(), 1, DeliveryStatus.DELIVERED);
		assertThat(delivered.reason()).startsWith("内容与上一条相同，微博已拒绝重复发布；视为已发布");
		assertThat(delivered.externalRef()).isNull();
		this.weibo.verify(exactly(1), share(item));
	}

	@Test
	void withoutTheDeleteApiAWithdrawalTellsStaffWhichPostToDeleteByHand() {
		DisclosurePublished item = item("关于调整来访接待时间的通知", "自下月起，来访接待时间调整为工作日上午。");
		this.events.send(item);
		String postId = Deliveries.report(item.itemId(), 1, DeliveryStatus.DELIVERED).externalRef();

		this.events.send(new DisclosureWithdrawn(item.itemId(), 1, "信息有误", Instant.now()));

		ChannelDeliveryReported failed = Deliveries.report(item.itemId(), 1, DeliveryStatus.FAILED);
		assertThat(failed.reason()).isEqualTo("微博不支持接口删除，请登录微博后台手动删除微博 " + postId);
		assertThat(failed.externalRef()).isEqualTo(postId);
		this.weibo.verify(exactly(0),
				postRequestedFor(urlPathEqualTo(WeiboApi.DESTROY)).withFormParam("id", equalTo(postId)));
	}

	@Test
	void aRevisionIsANewPostAndStaffAreToldToDeleteTheOldOne() {
		DisclosurePublished first = item("关于开展“检察开放日”活动的公告", "活动时间为12月5日。");
		this.events.send(first);
		String firstId = Deliveries.report(first.itemId(), 1, DeliveryStatus.DELIVERED).externalRef();

		this.events.send(new DisclosureRevised(first.itemId(), 2, 1, first.category(), null, first.title(),
				"活动时间改为12月12日。", first.body(), first.department(), Visibility.PUBLIC, first.channels(), Instant.now(),
				first.portalUrl(), List.of()));

		ChannelDeliveryReported revised = Deliveries.report(first.itemId(), 2, DeliveryStatus.DELIVERED);
		assertThat(revised.externalRef()).matches("\\d{16}").isNotEqualTo(firstId);
		assertThat(revised.reason()).contains("请登录微博后台手动删除微博 " + firstId);
		this.weibo.verify(exactly(2), share(first));
		assertThat(this.weibo.findAll(share(first)).get(1).formParameter("status").firstValue())
			.isEqualTo("【关于开展“检察开放日”活动的公告】（第2版更新）活动时间改为12月12日。 " + first.portalUrl());
		this.weibo.verify(exactly(0),
				postRequestedFor(urlPathEqualTo(WeiboApi.DESTROY)).withFormParam("id", equalTo(firstId)));
	}

	@Test
	void internalItemsAndItemsThatDidNotChooseWeiboNeverReachIt() {
		DisclosurePublished internal = item("内部通知：年度考核安排", "各部门于月底前完成考核。", Visibility.INTERNAL,
				List.of(Channel.WEIBO, Channel.BULLETIN));
		DisclosurePublished portalOnly = item("仅在门户发布的事项", "摘要", Visibility.PUBLIC, List.of(Channel.PORTAL));
		this.events.send(internal);
		this.events.send(portalOnly);

		assertThat(Deliveries.report(internal.itemId(), 1, DeliveryStatus.SKIPPED).reason()).contains("内部事项");
		assertThat(Deliveries.report(portalOnly.itemId(), 1, DeliveryStatus.SKIPPED).reason()).contains("未选择");
		this.weibo.verify(exactly(0), share(internal));
		this.weibo.verify(exactly(0), share(portalOnly));
	}

	@Test
	void aLinkOutsideTheSafeDomainFailsWithAClearReasonWithoutCallingWeibo() {
		String id = UUID.randomUUID().toString();
		DisclosurePublished item = new DisclosurePublished(id, 1, Category.GOVERNMENT_AFFAIRS, null, "标题", "摘要",
				"<p>正文</p>", "办公室", Visibility.PUBLIC, List.of(Channel.WEIBO), Instant.now(),
				"https://portal.example.com/items/" + id, List.of());
		this.events.send(item);

		ChannelDeliveryReported failed = Deliveries.report(id, 1, DeliveryStatus.FAILED);
		assertThat(failed.reason()).contains("安全域名 localhost");
		this.weibo.verify(exactly(0), share(item));
	}

	private String ledger(String itemId, int revision, String operation, String column) {
		return this.jdbc.queryForObject(
				"select " + column + "::text from channel_delivery where item_id = ? "
						+ "and revision = ? and channel = 'weibo' and operation = ?",
				String.class, itemId, revision, operation);
	}

	/** The ids of the account's statuses that link to the item, comma-separated. */
	private String timelineIds(DisclosurePublished item) {
		String timeline = HttpClient.newHttpClient()
			.sendAsync(HttpRequest
				.newBuilder(URI.create(this.weibo.baseUrl() + WeiboApi.TIMELINE + "?access_token=it&count=100"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.join()
			.body();
		List<String> ids = JsonPath.parse(timeline).read("$.statuses[?(@.text =~ /.*" + item.itemId() + ".*/)].idstr");
		return String.join(",", ids);
	}

	private static RequestPatternBuilder share(DisclosurePublished item) {
		return postRequestedFor(urlPathEqualTo(WeiboApi.SHARE)).withFormParam("status", containing(item.itemId()));
	}

	private static ResponseDefinitionBuilder posted(String id) {
		return okJson("{\"created_at\":\"Sat Nov 28 11:00:00 +0800 2026\",\"id\":" + id + ",\"idstr\":\"" + id
				+ "\",\"text\":\"…\",\"user\":{\"id\":5012345678}}");
	}

	private static ResponseDefinitionBuilder weiboError(int code, String error) {
		return aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json;charset=UTF-8")
			.withBody(
					"{\"error\":\"" + error + "\",\"error_code\":" + code + ",\"request\":\"" + WeiboApi.SHARE + "\"}");
	}

	private static DisclosurePublished item(String title, String summary) {
		return item(title, summary, Visibility.PUBLIC, List.of(Channel.values()));
	}

	private static DisclosurePublished item(String title, String summary, Visibility visibility,
			List<Channel> channels) {
		String id = UUID.randomUUID().toString();
		return new DisclosurePublished(id, 1, Category.GOVERNMENT_AFFAIRS, null, title, summary, "<p>正文</p>", "办公室",
				visibility, channels, Instant.now(), "http://localhost:8080/items/" + id, List.of());
	}

}
