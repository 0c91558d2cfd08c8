package cn.jianwu.channel.weibo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.Topics;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * What the service put on Kafka, read the way any other consumer would: its Weibo
 * delivery reports, its dead letters, and how far its consumer group got.
 */
public final class Deliveries {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Deliveries() {
	}

	/** Waits for the Weibo report of an item's revision with the status. */
	public static ChannelDeliveryReported report(String itemId, int revision, DeliveryStatus status) {
		List<TestEvents.Keyed> found = TestEvents.await(TestKafka.bootstrapServers(), Topics.CHANNEL_DELIVERIES,
				(event) -> event.payload() instanceof ChannelDeliveryReported report && report.itemId().equals(itemId)
						&& report.revision() == revision && report.channel() == Channel.WEIBO
						&& report.status() == status,
				TIMEOUT);
		return (ChannelDeliveryReported) found.get(0).event().payload();
	}

	/** Waits for the item's record on a consumer group's dead-letter topic. */
	public static ConsumerRecord<String, byte[]> deadLetter(String group, String itemId) {
		String topic = Topics.deadLetter(Topics.DISCLOSURE_EVENTS, group);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			AtomicReference<ConsumerRecord<String, byte[]>> found = new AtomicReference<>();
			await().atMost(TIMEOUT).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (itemId.equals(record.key())) {
						found.set(record);
					}
				}
				return found.get() != null;
			});
			return found.get();
		}
	}

	public static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return Optional.ofNullable(header).map((h) -> new String(h.value(), StandardCharsets.UTF_8));
	}

	/**
	 * Waits until the consumer group committed past a record: the service has handled it
	 * (the offset is committed after the ledger has the work).
	 */
	public static void awaitConsumed(String group, RecordMetadata sent) {
		TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			await().atMost(TIMEOUT).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get();
				OffsetAndMetadata offset = committed.get(partition);
				return offset != null && offset.offset() > sent.offset();
			});
		}
	}

}
