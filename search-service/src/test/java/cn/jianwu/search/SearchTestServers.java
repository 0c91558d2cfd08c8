package cn.jianwu.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.kafka.EventSender;

import cn.jianwu.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/**
 * The real servers of a search-service test, and what keeps test classes apart: each
 * application context gets its own alias (so its own indices) and its own consumer group
 * starting at the end of {@code disclosure.events}, so that it indexes only the events
 * its own tests send, while the contexts of earlier test classes stay alive beside it.
 */
public final class SearchTestServers {

	private static final Set<MessageListenerContainer> PROBED = ConcurrentHashMap.newKeySet();

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
		// Tests that are not about reconciliation own their index: nothing may backfill
		// or remove behind their back (ReconcileIT turns it on).
		registry.add("jianwu.search.reconcile.enabled", () -> "false");
		return names;
	}

	/**
	 * Waits until the indexer of this context indexes what a test sends: it owns every
	 * partition of {@code disclosure.events} and has taken a probe item (an item sent in
	 * the instant the new group looks up where the topic ends could be skipped, so the
	 * probe is sent again until it arrives). The probe is withdrawn again: it leaves only
	 * a tombstone, which no search, count or facet sees.
	 */
	public static void awaitIndexer(KafkaListenerEndpointRegistry listeners, String bootstrapServers,
			EventSender events, SearchApi api) {
		MessageListenerContainer container = listeners.getListenerContainer("search-indexer");
		ContainerTestUtils.waitForAssignment(container, partitions(bootstrapServers));
		if (!PROBED.add(container)) {
			return;
		}
		String department = "探针-" + UUID.randomUUID();
		String id = UUID.randomUUID().toString();
		await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
			events.send(new DisclosurePublished(id, 1, Category.OTHER, null, "索引探针", null, "<p>探针</p>", department,
					Visibility.PUBLIC, List.of(Channel.PORTAL), Instant.now(), null, List.of()));
			await().atMost(Duration.ofSeconds(10)).until(() -> hits(api, department) == 1);
		});
		events.send(new DisclosureWithdrawn(id, 1, "探针", Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> hits(api, department) == 0);
	}

	private static int hits(SearchApi api, String department) {
		SearchApi.Response response = api.search("department", department);
		return (response.status() == 200) ? response.<Integer>read("$.total") : -1;
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
