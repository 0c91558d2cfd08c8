package cn.jianwu.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service talks to the event bus.
 *
 * @param topicPartitions partitions of the platform topics when this service creates them
 * @param replicationFactor replication of those topics (1 locally, 3 in production)
 * @param retries attempts after the first before a record goes to the dead-letter topic
 * @param initialBackOff first wait between attempts, doubled each time
 * @param maxBackOff longest wait between attempts
 * @param healthTimeout how long the health check waits for the broker
 * @param sendTimeout the longest a send may block its caller or wait for the broker's
 * acknowledgement ({@code max.block.ms}, {@code delivery.timeout.ms}); without it a send
 * to an absent broker waits 60 s for metadata
 * @param bestEffortQueue statistics events held for {@link BestEffortSender}'s thread;
 * beyond it (the broker away for long under load) they are dropped and counted
 */
@ConfigurationProperties("jianwu.kafka")
public record EventKafkaProperties(@DefaultValue("3") int topicPartitions, @DefaultValue("1") short replicationFactor,
		@DefaultValue("4") int retries, @DefaultValue("500ms") Duration initialBackOff,
		@DefaultValue("5s") Duration maxBackOff, @DefaultValue("2s") Duration healthTimeout,
		@DefaultValue("5s") Duration sendTimeout, @DefaultValue("10000") int bestEffortQueue) {
}
