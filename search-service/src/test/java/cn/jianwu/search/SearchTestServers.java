package cn.jianwu.search;

import java.util.Locale;

import cn.jianwu.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real servers of a search-service test, and what keeps test classes apart: each
 * application context gets its own alias (so its own indices) and its own consumer group
 * starting at the end of {@code disclosure.events}, so that it indexes only the events
 * its own tests send, while the contexts of earlier test classes stay alive beside it.
 */
public final class SearchTestServers {

	private SearchTestServers() {
	}

	/**
	 * @param name a short name of the test class, lower case
	 * @return the alias and consumer group of this context
	 */
	public static Names register(DynamicPropertyRegistry registry, String name) {
		TestInfrastructure.elasticsearch(registry);
		TestInfrastructure.kafka(registry);
		Names names = Names.of(name);
		registry.add("jianwu.search.alias", names::alias);
		registry.add("spring.kafka.consumer.group-id", names::group);
		registry.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
		// Outages are waited out every 5 s; failures that are not outages retried
		// quickly.
		registry.add("jianwu.kafka.initial-back-off", () -> "100ms");
		registry.add("jianwu.kafka.max-back-off", () -> "200ms");
		return names;
	}

	/**
	 * Waits until the indexer owns every partition of {@code disclosure.events}: from
	 * then on it sees every event a test sends.
	 */
	public static void awaitIndexer(KafkaListenerEndpointRegistry listeners, String bootstrapServers) {
		MessageListenerContainer container = listeners.getListenerContainer("search-indexer");
		ContainerTestUtils.waitForAssignment(container, partitions(bootstrapServers));
	}

	private static int partitions(String bootstrapServers) {
		try (AdminClient admin = AdminClient
			.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			return admin.describeTopics(java.util.List.of("disclosure.events"))
				.allTopicNames()
				.get()
				.get("disclosure.events")
				.partitions()
				.size();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not describe disclosure.events", ex);
		}
	}

	/** The alias and consumer group of one application context. */
	public record Names(String alias, String group) {

		static Names of(String name) {
			String unique = name.toLowerCase(Locale.ROOT) + "-" + Long.toString(System.nanoTime(), 36);
			return new Names("disclosures-it-" + unique, "search-it-" + unique);
		}

	}

}
