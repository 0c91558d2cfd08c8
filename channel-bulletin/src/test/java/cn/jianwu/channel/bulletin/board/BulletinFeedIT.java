package cn.jianwu.channel.bulletin.board;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BulletinFeedIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	EventSender events;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Test
	void reportsItsStoresInHealthAndAnswersProblems() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith("db", "kafka");
		probe.assertUnknownPathIsProblem();
	}

	@Test
	void publishedItemShowsOnTheBulletinAndWithdrawalTakesItOff() {
		String itemId = UUID.randomUUID().toString();
		this.events.send(item(itemId, 1, "关于开展检察开放日活动的公告", Visibility.PUBLIC, List.of(Channel.values())));
		ServiceProbe bulletin = new ServiceProbe(this.port);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(bulletin.get("/bulletin/items").body()).contains(itemId)
				.contains("关于开展检察开放日活动的公告"));

		this.events.send(new DisclosureWithdrawn(itemId, 1, "信息有误", Instant.now()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(bulletin.get("/bulletin/items").body()).doesNotContain(itemId));
	}

	@Test
	void internalItemsReachTheBulletinButItemsThatDidNotChooseItDoNot() {
		String internal = UUID.randomUUID().toString();
		String notChosen = UUID.randomUUID().toString();
		this.events.send(item(notChosen, 1, "仅门户发布", Visibility.PUBLIC, List.of(Channel.PORTAL)));
		this.events.send(item(internal, 1, "内部通知：年度考核安排", Visibility.INTERNAL, List.of(Channel.BULLETIN)));
		ServiceProbe bulletin = new ServiceProbe(this.port);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(bulletin.get("/bulletin/items").body()).contains(internal));
		assertThat(bulletin.get("/bulletin/items").body()).doesNotContain(notChosen);
	}

	@Test
	void aRedeliveredOlderRevisionDoesNotReplaceANewerOne() {
		String itemId = UUID.randomUUID().toString();
		this.events.send(item(itemId, 2, "第二版标题", Visibility.PUBLIC, List.of(Channel.BULLETIN)));
		this.events.send(item(itemId, 1, "第一版标题", Visibility.PUBLIC, List.of(Channel.BULLETIN)));
		String marker = UUID.randomUUID().toString();
		this.events.send(item(marker, 1, "顺序标记", Visibility.PUBLIC, List.of(Channel.BULLETIN)));
		ServiceProbe bulletin = new ServiceProbe(this.port);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(bulletin.get("/bulletin/items").body()).contains(marker));
		assertThat(bulletin.get("/bulletin/items").body()).contains("第二版标题").doesNotContain("第一版标题");
	}

	@Test
	void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicUnchanged() {
		String key = "garbage-" + UUID.randomUUID();
		byte[] value = "{\"not\":\"an event\"}".getBytes(StandardCharsets.UTF_8);
		this.kafka.send(new ProducerRecord<>(Topics.DISCLOSURE_EVENTS, key, value));
		String deadLetters = Topics.deadLetter(Topics.DISCLOSURE_EVENTS, "channel-bulletin");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				java.util.Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(deadLetters));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (key.equals(record.key())) {
						assertThat(record.value()).isEqualTo(value);
						assertThat(record.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value()).asString()
							.isEqualTo("cn.jianwu.events.MalformedEventException");
						return true;
					}
				}
				return false;
			});
		}
	}

	private static DisclosurePublished item(String id, int revision, String title, Visibility visibility,
			List<Channel> channels) {
		return new DisclosurePublished(id, revision, Category.GOVERNMENT_AFFAIRS, null, title, "摘要", "<p>正文</p>", "办公室",
				visibility, channels, Instant.now(), "http://localhost:8080/items/" + id, List.of());
	}

}
