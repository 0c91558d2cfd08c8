package cn.jianwu.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianwu.events.DeadLetterHeaders;
import cn.jianwu.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replayed dead letter reaches only the consumer group it is marked for, on the real
 * broker, through Boot's own listener container factory.
 */
@SpringBootTest(classes = ReplayFilterIT.Listening.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReplayFilterIT {

	private static final String UNIQUE = UUID.randomUUID().toString().substring(0, 8);

	private static final String TOPIC = "replay-filter-it-" + UNIQUE;

	private static final String GROUP_A = "replay-filter-a-" + UNIQUE;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.kafka(registry);
		registry.add("spring.application.name", () -> "replay-filter-it");
		registry.add("spring.kafka.consumer.group-id", () -> GROUP_A);
		registry.add("test.topic", () -> TOPIC);
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	Seen seen;

	@Autowired
	ConsumerFactory<?, ?> consumers;

	@Test
	void aListenerSeesOrdinaryRecordsAndReplaysForItsGroupButNotReplaysForAnotherGroup() throws Exception {
		// One partition: the replay for group B comes first, so once the later records
		// are seen, it would have been seen too had it not been discarded.
		send("for-b", "replay-filter-b-" + UNIQUE);
		send("for-a", GROUP_A);
		send("plain", null);

		await().atMost(Duration.ofSeconds(30)).until(() -> this.seen.keys.contains("plain"));
		assertThat(this.seen.keys).containsExactly("for-a", "plain");
	}

	@Test
	void consumersReadOnlyCommittedRecordsSoThatAnAbortedReplayIsNeverHandled() {
		assertThat(this.consumers.getConfigurationProperties()).containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed");
	}

	private void send(String key, String replayFor) throws Exception {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, new byte[0]);
		if (replayFor != null) {
			record.headers().add(DeadLetterHeaders.REPLAY_FOR, replayFor.getBytes(StandardCharsets.UTF_8));
		}
		this.kafka.send(record).get();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ KafkaAutoConfiguration.class, EventKafkaAutoConfiguration.class })
	static class Listening {

		@Bean
		NewTopic replayFilterTopic(@Value("${test.topic}") String topic) {
			return TopicBuilder.name(topic).partitions(1).replicas(1).build();
		}

		@Bean
		Seen seen() {
			return new Seen();
		}

	}

	static class Seen {

		final List<String> keys = new CopyOnWriteArrayList<>();

		@KafkaListener(id = "replay-filter-it", idIsGroup = false, topics = "${test.topic}")
		void on(ConsumerRecord<String, byte[]> record) {
			this.keys.add(record.key());
		}

	}

}
