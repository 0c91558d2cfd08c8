package cn.jianwu.ops.topics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.jianwu.testsupport.StandaloneKafkaBroker;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code topics --create} on a real broker process: creates what is missing with the
 * catalogue's partitions and settings, and nothing a second time.
 */
class TopicsIT {

	private static StandaloneKafkaBroker broker;

	@BeforeAll
	static void startBroker() {
		broker = StandaloneKafkaBroker.started();
	}

	@AfterAll
	static void stopBroker() {
		broker.stop();
	}

	@Test
	void theMissingTopicsAreCreatedOnceWithTheirPartitionsAndRetention() throws Exception {
		TopicsCommand command = new TopicsCommand(broker.bootstrapServers(), 1, 1);
		List<TopicPlan.Topic> plan = TopicPlan.of(1);

		assertThat(command.create(plan))
			.containsExactlyInAnyOrderElementsOf(plan.stream().map(TopicPlan.Topic::name).toList());
		assertThat(command.create(plan)).isEmpty();

		try (Admin admin = Admin
			.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			Map<String, TopicDescription> described = admin
				.describeTopics(List.of("disclosure.events", "disclosure.events.channel-weibo.dlt"))
				.allTopicNames()
				.get(15, TimeUnit.SECONDS);
			assertThat(described.get("disclosure.events").partitions()).hasSize(6);
			assertThat(described.get("disclosure.events.channel-weibo.dlt").partitions()).hasSize(3);
			ConfigResource deadLetters = new ConfigResource(ConfigResource.Type.TOPIC,
					"disclosure.events.channel-weibo.dlt");
			assertThat(admin.describeConfigs(List.of(deadLetters))
				.all()
				.get(15, TimeUnit.SECONDS)
				.get(deadLetters)
				.get("retention.ms")
				.value()).isEqualTo("2419200000");
		}
	}

}
