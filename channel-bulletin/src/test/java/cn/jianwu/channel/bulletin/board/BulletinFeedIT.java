package cn.jianwu.channel.bulletin.board;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.channel.bulletin.RunningBulletinService;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bulletin as a channel: what the delivery listener hands its port ends up on the
 * board, conditional on the revision; undecodable records go to the dead-letter topic.
 */
class BulletinFeedIT extends RunningBulletinService {

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Test
	void reportsItsStoresInHealthAndAnswersProblems() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith("db", "kafka");
		probe.assertUnknownPathIsProblem();
	}

	@Test
	void publishedItemShowsOnTheBulletinWithdrawalTakesItOffAndANewRevisionBringsItBack() {
		String itemId = UUID.randomUUID().toString();
		this.events.send(bulletinItem(itemId, 1, "关于开展检察开放日活动的公告", Visibility.PUBLIC, List.of(Channel.values())));
		ServiceProbe bulletin = new ServiceProbe(this.port);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(bulletin.get("/bulletin/items").body()).contains(itemId)
				.contains("关于开展检察开放日活动的公告"));
		assertThat(report(itemId, 1, DeliveryStatus.DELIVERED).externalRef()).isEqualTo("/bulletin/items/" + itemId);

		this.events.send(new DisclosureWithdrawn(itemId, 1, "信息有误", Instant.now()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(bulletin.get("/bulletin/items").body()).doesNotContain(itemId));
		report(itemId, 1, DeliveryStatus.RETRACTED);

		// edited and approved again after the withdrawal: the new revision is shown
		this.events.send(bulletinItem(itemId, 2, "关于开展检察开放日活动的公告（更正）", Visibility.PUBLIC, List.of(Channel.values())));
		report(itemId, 2, DeliveryStatus.DELIVERED);
		assertThat(bulletin.get("/bulletin/items").body()).contains(itemId).contains("（更正）");
	}

	@Test
	void internalItemsReachTheBulletinButItemsThatDidNotChooseItDoNot() {
		String internal = UUID.randomUUID().toString();
		String notChosen = UUID.randomUUID().toString();
		this.events.send(bulletinItem(notChosen, 1, "仅门户发布", Visibility.PUBLIC, List.of(Channel.PORTAL)));
		this.events.send(bulletinItem(internal, 1, "内部通知：年度考核安排", Visibility.INTERNAL, List.of(Channel.BULLETIN)));
		ServiceProbe bulletin = new ServiceProbe(this.port);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(bulletin.get("/bulletin/items").body()).contains(internal));
		assertThat(report(notChosen, 1, DeliveryStatus.SKIPPED).reason()).isEqualTo("该事项未选择此渠道");
		assertThat(bulletin.get("/bulletin/items").body()).doesNotContain(notChosen);
	}

	@Test
	void aRedeliveredOlderRevisionDoesNotReplaceANewerOne() {
		String itemId = UUID.randomUUID().toString();
		this.events.send(bulletinItem(itemId, 2, "第二版标题", Visibility.PUBLIC, List.of(Channel.BULLETIN)));
		this.events.send(bulletinItem(itemId, 1, "第一版标题", Visibility.PUBLIC, List.of(Channel.BULLETIN)));

		ChannelDeliveryReported older = report(itemId, 1, DeliveryStatus.SKIPPED);
		assertThat(older.reason()).isEqualTo("公告栏已显示该事项的更新修订");
		assertThat(new ServiceProbe(this.port).get("/bulletin/items").body()).contains("第二版标题").doesNotContain("第一版标题");
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

	private static ChannelDeliveryReported report(String itemId, int revision, DeliveryStatus status) {
		return (ChannelDeliveryReported) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.CHANNEL_DELIVERIES,
					(event) -> event.payload() instanceof ChannelDeliveryReported report
							&& report.itemId().equals(itemId) && report.revision() == revision
							&& report.channel() == Channel.BULLETIN && report.status() == status,
					Duration.ofSeconds(20))
			.get(0)
			.event()
			.payload();
	}

	private static DisclosurePublished bulletinItem(String id, int revision, String title, Visibility visibility,
			List<Channel> channels) {
		return new DisclosurePublished(id, revision, Category.GOVERNMENT_AFFAIRS, null, title, "摘要", "<p>正文</p>", "办公室",
				visibility, channels, Instant.now(), "http://localhost:8080/items/" + id, List.of());
	}

}
