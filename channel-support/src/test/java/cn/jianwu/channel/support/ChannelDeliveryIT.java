package cn.jianwu.channel.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import cn.jianwu.channel.support.dispatch.ChannelDispatcher;
import cn.jianwu.channel.support.dispatch.ChannelResilience;
import cn.jianwu.channel.support.dispatch.DeadLetters;
import cn.jianwu.channel.support.dispatch.DeliveryReports;
import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.LedgerKey;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.channel.support.ledger.Operation;
import cn.jianwu.channel.support.ledger.StoredEvent;
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
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.RedeliveryRequested;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.testsupport.Records;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestInfrastructure;
import io.cloudevents.CloudEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every adapter gets from channel-support, on the real broker and PostgreSQL, with
 * scripted channels in place of the third-party APIs: claiming, leases and reports. The
 * rules behind them (what is skipped, retried, queued or failed) are unit-tested where
 * they live: {@code ChannelPlanTest}, {@code VerdictsTest},
 * {@code ChannelResilienceTest}.
 */
@SpringBootTest
class ChannelDeliveryIT {

	private static final Duration REPORT_WAIT = Duration.ofSeconds(20);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@Autowired
	ScriptedPort weibo;

	@Autowired
	ScriptedPort bulletin;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	DeliveryLedger ledger;

	@Autowired
	DeliveryReports reports;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	ChannelProperties properties;

	@Autowired
	AwaitingResults awaitingResults;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void aRedeliveredEventPostsOnceAndReportsOnce() throws Exception {
		String id = newId();
		ProducerRecord<String, byte[]> record = record(item(id, 1, Visibility.PUBLIC, Channel.WEIBO));
		// the same record each time, as a producer's retry would write it
		this.kafka.send(Records.copyOf(record)).get();
		this.kafka.send(Records.copyOf(record)).get();
		awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED);
		this.kafka.send(Records.copyOf(record)).get();

		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.weibo.calls(id).size() == 1);
		ChannelDeliveryReported report = awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED);
		assertThat(report.externalRef()).isEqualTo(id + "-1");
		assertThat(report.attempt()).isEqualTo(1);
	}

	@Test
	void aChannelThatThrottlesUsKeepsTheItemQueuedUntilItAcceptsIt() throws Exception {
		String id = newId();
		this.weibo.script(id, new ChannelThrottledException("接口调用频次超过上限，已排队", Duration.ofSeconds(1)));
		send(item(id, 1, Visibility.PUBLIC, Channel.WEIBO));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.ledger.find(key(id, 1, Channel.WEIBO, Operation.POST))
				.map((entry) -> entry.status() == LedgerStatus.QUEUED && "接口调用频次超过上限，已排队".equals(entry.reason()))
				.orElse(false));

		ChannelDeliveryReported report = awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED);
		assertThat(report.attempt()).isEqualTo(1);
		assertThat(this.weibo.calls(id)).hasSize(2);
	}

	@Test
	void aPermanentErrorFailsAtOnceToTheDeadLetterTopicAndAStaffRetryDeliversOnce() throws Exception {
		String id = newId();
		this.weibo.script(id, new PermanentChannelException("访问令牌已过期，请重新授权"));
		CloudEvent published = this.codec.encode(item(id, 1, Visibility.PUBLIC, Channel.WEIBO));
		this.kafka.send(KafkaEnvelope.toRecord(item(id, 1, Visibility.PUBLIC, Channel.WEIBO), published)).get();

		ChannelDeliveryReported failed = awaitReport(id, Channel.WEIBO, DeliveryStatus.FAILED);
		assertThat(failed.reason()).isEqualTo("访问令牌已过期，请重新授权");
		assertThat(this.weibo.calls(id)).hasSize(1);
		ConsumerRecord<String, byte[]> dead = awaitDeadLetter(id);
		assertThat(KafkaEnvelope.fromRecord(dead).id()).isEqualTo(published.getId());
		assertThat(new String(dead.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
			.isEqualTo("访问令牌已过期，请重新授权");

		send(new RedeliveryRequested(id, 1, Channel.WEIBO, "admin", Instant.now()));
		ChannelDeliveryReported delivered = awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED);
		assertThat(delivered.attempt()).isEqualTo(2);
		send(new RedeliveryRequested(id, 1, Channel.WEIBO, "admin", Instant.now()));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.weibo.calls(id).size() == 2);
	}

	@Test
	void aWithdrawalRetractsThePostedRevision() throws Exception {
		String id = newId();
		send(item(id, 1, Visibility.PUBLIC, Channel.WEIBO));
		awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED);

		send(new DisclosureWithdrawn(id, 1, "信息有误", Instant.now()));
		ChannelDeliveryReported retracted = awaitReport(id, Channel.WEIBO, DeliveryStatus.RETRACTED);
		assertThat(retracted.externalRef()).isEqualTo(id + "-1");
		assertThat(this.weibo.calls(id)).containsExactly("post:" + id + "@1:null", "retract:" + id + "@1:" + id + "-1");
	}

	@Test
	void aRevisionReplacesThePostOfTheRevisionBefore() throws Exception {
		String id = newId();
		send(item(id, 1, Visibility.PUBLIC, Channel.WEIBO));
		awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED);

		send(revised(id, 2, Visibility.PUBLIC, Channel.WEIBO));
		awaitReport(id, Channel.WEIBO,
				(report) -> report.revision() == 2 && report.status() == DeliveryStatus.DELIVERED);
		assertThat(this.weibo.calls(id)).containsExactly("post:" + id + "@1:null", "post:" + id + "@2:" + id + "-1");
	}

	@Test
	void aRevisionThatBecomesInternalTakesTheOldPostDown() throws Exception {
		String id = newId();
		send(item(id, 1, Visibility.PUBLIC, Channel.WEIBO));
		awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED);

		send(revised(id, 2, Visibility.INTERNAL, Channel.WEIBO, Channel.BULLETIN));
		awaitReport(id, Channel.WEIBO,
				(report) -> report.revision() == 1 && report.status() == DeliveryStatus.RETRACTED);
		awaitReport(id, Channel.WEIBO, (report) -> report.revision() == 2 && report.status() == DeliveryStatus.SKIPPED);
		assertThat(this.weibo.calls(id)).containsExactly("post:" + id + "@1:null", "retract:" + id + "@1:" + id + "-1");
	}

	@Test
	void twoInstancesWorkingTheSameQueueNeverPostTwice() throws Exception {
		List<String> ids = new ArrayList<>();
		ChannelDispatcher second = dispatcher(this.weibo, "second-instance");
		ChannelDispatcher third = dispatcher(this.weibo, "third-instance");
		for (int i = 0; i < 40; i++) {
			String id = newId();
			ids.add(id);
			DisclosurePublished item = item(id, 1, Visibility.PUBLIC, Channel.WEIBO);
			ProducerRecord<String, byte[]> record = record(item);
			StoredEvent stored = new StoredEvent(UUID.randomUUID().toString(), id, record.value(), headers(record));
			this.ledger.add(key(id, 1, Channel.WEIBO, Operation.POST), LedgerStatus.QUEUED, null, null, null, stored);
		}
		// the service's own dispatcher polls too, so three instances compete for the rows
		CompletableFuture.allOf(CompletableFuture.runAsync(second::drain), CompletableFuture.runAsync(third::drain))
			.get();

		await().atMost(REPORT_WAIT)
			.until(() -> ids.stream().allMatch((id) -> status(id, Channel.WEIBO) == LedgerStatus.DELIVERED));
		assertThat(ids).allSatisfy((id) -> assertThat(this.weibo.calls(id)).hasSize(1));
	}

	@Test
	void aResultThatArrivesLaterCompletesTheDeliveryOnce() throws Exception {
		String id = newId();
		this.weibo.script(id, new DeliveryOutcome.Awaiting("publish-" + id, null));
		send(item(id, 1, Visibility.PUBLIC, Channel.WEIBO));
		await().atMost(REPORT_WAIT).until(() -> status(id, Channel.WEIBO) == LedgerStatus.AWAITING_RESULT);

		assertThat(this.awaitingResults.complete(Channel.WEIBO, "publish-" + id,
				DeliveryOutcome.delivered("article-" + id)))
			.isTrue();
		assertThat(this.awaitingResults.complete(Channel.WEIBO, "publish-" + id,
				DeliveryOutcome.delivered("article-" + id)))
			.isFalse();
		assertThat(awaitReport(id, Channel.WEIBO, DeliveryStatus.DELIVERED).externalRef()).isEqualTo("article-" + id);
	}

	@Test
	void aLateResultIsAskedForAndAMissingOneFailsAfterTheTimeout() throws Exception {
		String asked = newId();
		String lost = newId();
		this.weibo.script(asked, new DeliveryOutcome.Awaiting("publish-" + asked, null));
		this.weibo.script(lost, new DeliveryOutcome.Awaiting("publish-" + lost, null));
		this.weibo.result("publish-" + asked, DeliveryOutcome.delivered("article-" + asked));
		send(item(asked, 1, Visibility.PUBLIC, Channel.WEIBO));
		send(item(lost, 1, Visibility.PUBLIC, Channel.WEIBO));

		assertThat(awaitReport(asked, Channel.WEIBO, DeliveryStatus.DELIVERED).externalRef())
			.isEqualTo("article-" + asked);
		ChannelDeliveryReported failed = awaitReport(lost, Channel.WEIBO, DeliveryStatus.FAILED);
		assertThat(failed.reason()).contains("超时");
		assertThat(failed.externalRef()).isEqualTo("publish-" + lost);
	}

	@Test
	void anUnansweredPostIsLookedUpOnTheChannelNotPostedAgain() throws Exception {
		String id = newId();
		this.bulletin.script(id, ScriptedPort.PostedUnanswered.now());
		send(item(id, 1, Visibility.PUBLIC, Channel.BULLETIN));

		assertThat(awaitReport(id, Channel.BULLETIN, DeliveryStatus.DELIVERED).externalRef()).isEqualTo(id + "-1");
		assertThat(this.bulletin.calls(id)).containsExactly("post:" + id + "@1:null", "find:" + id + "@1");
	}

	@Test
	void aPostThatOutlivesItsTimeLimitIsLookedUpNotPostedAgain() throws Exception {
		String id = newId();
		// the call's time limit is 2 s: the channel posts, then answers after 3 s
		this.bulletin.script(id, new ScriptedPort.PostedUnanswered(Duration.ofSeconds(3)));
		send(item(id, 1, Visibility.PUBLIC, Channel.BULLETIN));

		assertThat(awaitReport(id, Channel.BULLETIN, DeliveryStatus.DELIVERED).externalRef()).isEqualTo(id + "-1");
		assertThat(this.bulletin.calls(id)).containsExactly("post:" + id + "@1:null", "find:" + id + "@1");
	}

	@Test
	void whileNoCallIsAnsweredTheRowStaysInDoubtAndIsPostedOnceTheChannelHasNotGotIt() throws Exception {
		String id = newId();
		this.bulletin.script(id, ScriptedPort.lostOnTheWay(), ScriptedPort.lostOnTheWay(), ScriptedPort.lostOnTheWay());
		send(item(id, 1, Visibility.PUBLIC, Channel.BULLETIN));
		await().atMost(REPORT_WAIT)
			.until(() -> status(id, Channel.BULLETIN) == LedgerStatus.IN_DOUBT
					&& this.ledger.find(key(id, 1, Channel.BULLETIN, Operation.POST))
						.map((entry) -> entry.reason().contains("结果未知"))
						.orElse(false));

		assertThat(awaitReport(id, Channel.BULLETIN, DeliveryStatus.DELIVERED).externalRef()).isEqualTo(id + "-1");
		List<String> calls = this.bulletin.calls(id);
		assertThat(calls).filteredOn((call) -> call.startsWith("post:")).hasSize(4);
		// every post after the first one asked the channel first
		assertThat(calls.subList(1, calls.size())).containsExactly("find:" + id + "@1", "post:" + id + "@1:null",
				"find:" + id + "@1", "post:" + id + "@1:null", "find:" + id + "@1", "post:" + id + "@1:null");
	}

	@Test
	void aRestartedInstanceTakesBackTheRowsItHeldAtOnceAndLooksThemUp() throws Exception {
		String id = newId();
		DisclosurePublished item = item(id, 1, Visibility.PUBLIC, Channel.BULLETIN);
		ProducerRecord<String, byte[]> record = record(item);
		StoredEvent stored = new StoredEvent(UUID.randomUUID().toString(), id, record.value(), headers(record));
		LedgerKey key = key(id, 1, Channel.BULLETIN, Operation.POST);
		// the previous run of "restarted-instance" died mid-call; its lease has minutes
		// to go
		this.ledger.add(key, LedgerStatus.IN_PROGRESS, null, null, null, stored);
		this.jdbc
			.sql("UPDATE channel_delivery SET claimed_by = 'restarted-instance', "
					+ "claimed_until = now() + interval '10 minutes' WHERE item_id = :id")
			.param("id", id)
			.update();
		this.bulletin.shows(id, 1);

		ChannelDispatcher restarted = dispatcher(this.bulletin, "restarted-instance");
		restarted.start();
		try {
			assertThat(awaitReport(id, Channel.BULLETIN, DeliveryStatus.DELIVERED).externalRef()).isEqualTo(id + "-1");
		}
		finally {
			restarted.stop();
		}
		assertThat(this.bulletin.calls(id)).containsExactly("find:" + id + "@1");
	}

	@Test
	void anInstanceRenewsTheLeaseOfTheRowsItWorksOn() {
		String id = newId();
		DisclosurePublished item = item(id, 1, Visibility.PUBLIC, Channel.SCREENS);
		ProducerRecord<String, byte[]> record = record(item);
		StoredEvent stored = new StoredEvent(UUID.randomUUID().toString(), id, record.value(), headers(record));
		this.ledger.add(key(id, 1, Channel.SCREENS, Operation.POST), LedgerStatus.IN_PROGRESS, null, null, null,
				stored);
		this.jdbc
			.sql("UPDATE channel_delivery SET claimed_by = 'busy-instance', claimed_until = now() "
					+ "+ interval '1 second' WHERE item_id = :id")
			.param("id", id)
			.update();

		assertThat(this.ledger.renewLeases(Channel.SCREENS, "busy-instance", Duration.ofMinutes(5))).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT claimed_until > now() + interval '4 minutes' FROM channel_delivery " + "WHERE item_id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.ledger.renewLeases(Channel.SCREENS, "another-instance", Duration.ofMinutes(5))).isZero();
		this.jdbc.sql("DELETE FROM channel_delivery WHERE item_id = :id").param("id", id).update();
	}

	private ChannelDispatcher dispatcher(ChannelPort port, String owner) {
		ChannelResilience resilience = new ChannelResilience(port.channel().id() + "-" + owner,
				this.properties.resilience(port.channel().id()), java.util.concurrent.Executors.newCachedThreadPool(),
				CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(),
				TimeLimiterRegistry.ofDefaults());
		return new ChannelDispatcher(port, this.ledger, resilience, this.reports, this.deadLetters, this.properties,
				owner);
	}

	private void send(PlatformEvent event) throws Exception {
		this.kafka.send(record(event)).get();
	}

	private ProducerRecord<String, byte[]> record(PlatformEvent event) {
		return KafkaEnvelope.toRecord(event, this.codec.encode(event));
	}

	private static java.util.Map<String, String> headers(ProducerRecord<String, byte[]> record) {
		java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
		record.headers()
			.forEach((header) -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
		return headers;
	}

	private ChannelDeliveryReported awaitReport(String itemId, Channel channel, DeliveryStatus status) {
		return awaitReport(itemId, channel, (report) -> report.status() == status);
	}

	private ChannelDeliveryReported awaitReport(String itemId, Channel channel,
			Predicate<ChannelDeliveryReported> wanted) {
		return (ChannelDeliveryReported) TestEvents
			.await(this.bootstrap, Topics.CHANNEL_DELIVERIES,
					(event) -> event.payload() instanceof ChannelDeliveryReported report
							&& report.itemId().equals(itemId) && report.channel() == channel && wanted.test(report),
					REPORT_WAIT)
			.get(0)
			.event()
			.payload();
	}

	private ConsumerRecord<String, byte[]> awaitDeadLetter(String itemId) {
		java.util.Map<String, Object> config = java.util.Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ConsumerConfig.GROUP_ID_CONFIG, "dlt-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		Instant deadline = Instant.now().plus(REPORT_WAIT);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(this.deadLetters.topic()));
			while (Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
					if (itemId.equals(record.key())) {
						return record;
					}
				}
			}
		}
		throw new AssertionError("No dead letter for " + itemId);
	}

	private LedgerStatus status(String id, Channel channel) {
		return this.ledger.find(key(id, 1, channel, Operation.POST)).map(LedgerEntry::status).orElse(null);
	}

	private static LedgerKey key(String id, int revision, Channel channel, Operation operation) {
		return new LedgerKey(id, revision, channel, operation);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	static DisclosurePublished item(String id, int revision, Visibility visibility, Channel... channels) {
		return new DisclosurePublished(id, revision, Category.GOVERNMENT_AFFAIRS, null, "关于举办检察开放日活动的公告",
				"本院将于十二月举办检察开放日活动", "欢迎社会各界人士参加。", "办公室", visibility, List.of(channels), Instant.now(),
				"http://localhost:8080/items/" + id, List.of());
	}

	static DisclosureRevised revised(String id, int revision, Visibility visibility, Channel... channels) {
		return new DisclosureRevised(id, revision, revision - 1, Category.GOVERNMENT_AFFAIRS, null,
				"关于举办检察开放日活动的公告（更正）", "本院将于十二月举办检察开放日活动", "欢迎社会各界人士参加。", "办公室", visibility, List.of(channels),
				Instant.now(), "http://localhost:8080/items/" + id, List.of());
	}

}
