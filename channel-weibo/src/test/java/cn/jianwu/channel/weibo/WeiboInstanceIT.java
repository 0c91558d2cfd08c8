package cn.jianwu.channel.weibo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.Visibility;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestPostgres;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as a process that stops and starts again, on an account with the commercial
 * delete API. It runs as an installation of its own (consumer group, ledger schema and
 * simulated Weibo API), so that the shared test context, which consumes the same topic,
 * cannot take its work.
 */
class WeiboInstanceIT {

	private static final String GROUP = "channel-weibo-instance-it";

	private static final String SCHEMA = "channel_weibo_instance_it";

	private static final EventCodec CODEC = new EventCodec(URI.create("/channel-weibo-it"));

	private static WireMockServer weibo;

	private static KafkaProducer<String, byte[]> producer;

	@BeforeAll
	static void startWeiboAndProducer() {
		weibo = WeiboSimulator.started();
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
				new StringSerializer(), new ByteArraySerializer());
	}

	@AfterAll
	static void stopWeiboAndProducer() {
		producer.close(Duration.ofSeconds(5));
		weibo.stop();
	}

	@Test
	void aRestartedServiceFedTheSameEventAgainDoesNotPostAgainAndAWithdrawalDeletesThePost() throws Exception {
		DisclosurePublished item = item("关于开展“国家宪法日”主题宣传活动的公告");
		ProducerRecord<String, byte[]> record = KafkaEnvelope.toRecord(item, CODEC.encode(item));
		String postId;
		try (ConfigurableApplicationContext service = startService()) {
			send(record);
			send(record);
			postId = awaitLedger(service, item.itemId(), 1, "POST", "DELIVERED");
		}
		weibo.verify(exactly(1), share(item));

		// the event comes again while the service is down: a producer retry, a replay
		RecordMetadata again = send(record);
		try (ConfigurableApplicationContext service = startService()) {
			Deliveries.awaitConsumed(GROUP, again);
			weibo.verify(exactly(1), share(item));

			send(new DisclosureWithdrawn(item.itemId(), 1, "活动取消", Instant.now()));
			assertThat(awaitLedger(service, item.itemId(), 1, "RETRACT", "RETRACTED")).isEqualTo(postId);
			assertThat(Deliveries.report(item.itemId(), 1, DeliveryStatus.RETRACTED).externalRef()).isEqualTo(postId);
			weibo.verify(exactly(1), postRequestedFor(urlPathEqualTo("/2/statuses/destroy/biz.json"))
				.withFormParam("id", equalTo(postId)));
		}
	}

	@Test
	void withTheDeleteApiARevisionReplacesTheOldPost() throws Exception {
		DisclosurePublished first = item("2026年度检察开放日活动安排");
		try (ConfigurableApplicationContext service = startService()) {
			send(first);
			String firstId = awaitLedger(service, first.itemId(), 1, "POST", "DELIVERED");

			send(new DisclosureRevised(first.itemId(), 2, 1, first.category(), null, first.title(), "时间调整为12月12日。",
					first.body(), first.department(), first.visibility(), first.channels(), Instant.now(),
					first.portalUrl(), List.of()));
			String secondId = awaitLedger(service, first.itemId(), 2, "POST", "DELIVERED");

			assertThat(secondId).isNotEqualTo(firstId);
			weibo.verify(exactly(1), postRequestedFor(urlPathEqualTo("/2/statuses/destroy/biz.json"))
				.withFormParam("id", equalTo(firstId)));
			assertThat(service.getBean(JdbcTemplate.class)
				.queryForObject("select reason from channel_delivery where item_id = ? and revision = 2 "
						+ "and channel = 'weibo' and operation = 'POST'", String.class, first.itemId()))
				.isEqualTo("已删除旧修订的微博 " + firstId);
		}
	}

	private static ConfigurableApplicationContext startService() {
		return new SpringApplicationBuilder(WeiboChannelApplication.class).profiles("it")
			.run("--server.port=0", "--spring.datasource.url=" + TestPostgres.url(),
					"--spring.datasource.username=" + TestPostgres.user(),
					"--spring.datasource.password=" + TestPostgres.password(),
					"--spring.datasource.hikari.schema=" + SCHEMA, "--spring.flyway.schemas=" + SCHEMA,
					"--spring.flyway.default-schema=" + SCHEMA,
					"--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
					"--spring.kafka.consumer.group-id=" + GROUP, "--jianwu.weibo.api-base-url=" + weibo.baseUrl(),
					"--jianwu.weibo.destroy-enabled=true");
	}

	/** Waits for the ledger row to reach the status; answers its external reference. */
	private static String awaitLedger(ConfigurableApplicationContext service, String itemId, int revision,
			String operation, String status) {
		JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
		String query = "select external_ref from channel_delivery where item_id = ? and revision = ? "
				+ "and channel = 'weibo' and operation = ? and status = ?";
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !jdbc.queryForList(query, String.class, itemId, revision, operation, status).isEmpty());
		return jdbc.queryForObject(query, String.class, itemId, revision, operation, status);
	}

	private static RecordMetadata send(PlatformEvent event) throws Exception {
		return send(KafkaEnvelope.toRecord(event, CODEC.encode(event)));
	}

	private static RecordMetadata send(ProducerRecord<String, byte[]> record) throws Exception {
		return producer.send(record).get();
	}

	private static RequestPatternBuilder share(DisclosurePublished item) {
		return postRequestedFor(urlPathEqualTo("/2/statuses/share.json")).withFormParam("status",
				containing(item.itemId()));
	}

	private static DisclosurePublished item(String title) {
		String id = UUID.randomUUID().toString();
		return new DisclosurePublished(id, 1, Category.GOVERNMENT_AFFAIRS, null, title, "欢迎社会各界参加。", "<p>正文</p>", "办公室",
				Visibility.PUBLIC, List.of(Channel.WEIBO), Instant.now(), "http://localhost:8080/items/" + id,
				List.of());
	}

}
