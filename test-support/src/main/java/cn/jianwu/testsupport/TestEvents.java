package cn.jianwu.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what services put on a topic, the way any other consumer would. */
public final class TestEvents {

	private TestEvents() {
	}

	/**
	 * Waits until records matching the predicate arrived on the topic (read from the
	 * beginning by a fresh consumer group) and returns them decoded, with their keys.
	 */
	public static List<Keyed> await(String bootstrapServers, String topic, Predicate<ReceivedEvent> wanted,
			Duration timeout) {
		Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		List<Keyed> found = new ArrayList<>();
		Instant deadline = Instant.now().plus(timeout);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			while (found.isEmpty() && Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
					ReceivedEvent event = KafkaEnvelope.fromRecord(record);
					if (wanted.test(event)) {
						found.add(new Keyed(record.key(), event));
					}
				}
			}
		}
		if (found.isEmpty()) {
			throw new AssertionError("No matching event on " + topic + " within " + timeout);
		}
		return found;
	}

	/** A received event with its record key. */
	public record Keyed(String key, ReceivedEvent event) {
	}

}
