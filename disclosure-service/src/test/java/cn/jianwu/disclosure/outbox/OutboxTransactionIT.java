package cn.jianwu.disclosure.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import cn.jianwu.disclosure.StaffApi;
import cn.jianwu.disclosure.StaffApi.Response;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import cn.jianwu.testsupport.StandaloneKafkaBroker;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The outbox's promises on a broker of its own that the test can stop: an event commits
 * with its state change or not at all, events written while the broker is away arrive
 * once it is back, and staff and the public are served while it is away.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.demo.enabled=true", "jianwu.demo.items=false", "jianwu.outbox.retry-every=1s",
				"jianwu.outbox.retry-older-than=1s", "spring.modulith.events.staleness.processing=10s",
				"spring.modulith.events.staleness.check-intervall=2s", "jianwu.kafka.send-timeout=2s" })
@DirtiesContext
class OutboxTransactionIT {

	static final StandaloneKafkaBroker broker = StandaloneKafkaBroker.started();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		broker.register(registry);
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	DisclosureOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRolledBackTransactionSendsNothing() {
		// One key, so both would land on one partition in order: the rolled-back one
		// first.
		String itemId = UUID.randomUUID().toString();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((tx) -> {
				this.outbox.record(new DisclosureWithdrawn(itemId, 1, "回滚", Instant.now()));
				throw new IllegalStateException("the state change failed");
			}));
		this.outbox.record(new DisclosureWithdrawn(itemId, 2, "提交", Instant.now()));

		List<TestEvents.Keyed> seen = TestEvents.await(broker.bootstrapServers(), Topics.DISCLOSURE_EVENTS,
				(event) -> event.payload().key().equals(itemId), Duration.ofSeconds(20));
		assertThat(seen).extracting((keyed) -> ((DisclosureWithdrawn) keyed.event().payload()).reason())
			.containsExactly("提交");
	}

	@Test
	void eventsWrittenWhileTheBrokerIsDownArriveAfterItReturns() {
		broker.stop();
		String itemId = UUID.randomUUID().toString();
		this.outbox.record(new DisclosureWithdrawn(itemId, 3, "断网期间撤回", Instant.now()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class))
				.as("kept in the outbox while the broker is away")
				.isPositive());

		broker.start();
		List<TestEvents.Keyed> arrived = TestEvents.await(broker.bootstrapServers(), Topics.DISCLOSURE_EVENTS,
				(event) -> event.payload().key().equals(itemId), Duration.ofSeconds(60));
		// at least once: a send whose acknowledgement was lost is sent again, as the same
		// event
		assertThat(arrived).extracting((keyed) -> keyed.event().id()).containsOnly(arrived.get(0).event().id());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(this.jdbc.queryForObject("select count(*) from event_publication", Integer.class))
						.isZero());
	}

	/**
	 * The fault run that took the service down: with the broker away, every approval
	 * waited for Kafka's metadata while holding one of the five connections. Now each
	 * answer comes at once, and each event is delivered once when the broker is back.
	 */
	@Test
	void staffAndThePublicAreServedWhileTheBrokerIsDownAndEveryEventArrivesOnceAfterwards() {
		StaffApi api = new StaffApi(this.port);
		// one item through the chain first, so that the times below are not the first
		// requests' class loading
		String warmUp = api.as("clerk1", "POST", "/api/disclosures", item("预热")).read("$.id");
		api.as("clerk1", "POST", "/api/disclosures/" + warmUp + "/submit", null);
		api.as("head1", "POST", "/api/disclosures/" + warmUp + "/approve", "{}");
		api.as("leader1", "POST", "/api/disclosures/" + warmUp + "/approve", "{}");
		broker.stop();
		Set<String> published = new HashSet<>();
		List<Timed> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				String json = item("断网演练 " + i);
				Timed created = timed("create", () -> api.as("clerk1", "POST", "/api/disclosures", json));
				String id = created.response().read("$.id");
				for (Timed answer : List.of(created,
						timed("submit", () -> api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null)),
						timed("approve", () -> api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}")),
						timed("publish", () -> api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}")),
						timed("public list", () -> api.anonymous("GET", "/api/public/items", null)))) {
					answers.add(answer);
				}
				assertThat(StaffApi.status(api.as("clerk1", "GET", "/api/disclosures/" + id, null)))
					.isEqualTo("PUBLISHED");
				published.add(id);
			}
		}
		finally {
			broker.start();
		}
		List<Long> millis = answers.stream().map(Timed::millis).sorted().toList();
		System.out.println("Answers while the broker was away: " + millis.size() + ", median "
				+ millis.get(millis.size() / 2) + " ms, slowest " + millis.get(millis.size() - 1) + " ms");
		// An answer that waited for Kafka would take the send timeout (2 s) at least, or
		// Hikari's 30 s; the rest of the margin is for a busy build machine.
		assertThat(answers).as("answers while the broker is away")
			.allSatisfy((answer) -> assertThat(answer.millis()).as(answer.label()).isLessThan(2000))
			.filteredOn((answer) -> answer.millis() < 1000)
			.hasSizeGreaterThanOrEqualTo(95);

		Map<String, List<TestEvents.Keyed>> byEventId = recordsFor(published, Duration.ofSeconds(90));
		assertThat(byEventId.values()).as("one record per event")
			.allSatisfy((records) -> assertThat(records).hasSize(1));
		assertThat(byEventId.values().stream().map((records) -> records.get(0).key()))
			.containsExactlyInAnyOrderElementsOf(published);
	}

	/**
	 * Reads the topic from the start until a published event of every item arrived, then
	 * a little longer so that a duplicate would be seen too.
	 */
	private static Map<String, List<TestEvents.Keyed>> recordsFor(Set<String> items, Duration timeout) {
		Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		Map<String, List<TestEvents.Keyed>> byEventId = new HashMap<>();
		Set<String> seen = new HashSet<>();
		Instant deadline = Instant.now().plus(timeout);
		Instant settled = null;
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.DISCLOSURE_EVENTS));
			while (Instant.now().isBefore((settled != null) ? settled : deadline)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
					ReceivedEvent event = KafkaEnvelope.fromRecord(record);
					if (items.contains(record.key()) && event.payload() instanceof DisclosurePublished) {
						byEventId.computeIfAbsent(event.id(), (id) -> new ArrayList<>())
							.add(new TestEvents.Keyed(record.key(), event));
						seen.add(record.key());
					}
				}
				if (settled == null && seen.containsAll(items)) {
					settled = Instant.now().plusSeconds(5);
				}
			}
		}
		assertThat(seen).as("items whose event arrived").containsExactlyInAnyOrderElementsOf(items);
		return byEventId;
	}

	private static Timed timed(String label, Supplier<Response> request) {
		long start = System.nanoTime();
		Response response = request.get();
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(response.status()).as(response.body()).isLessThan(300);
		return new Timed(label, response, millis);
	}

	private static String item(String title) {
		return """
				{"title":"%s","summary":"摘要","body":"<p>正文</p>","category":"GOVERNMENT_AFFAIRS","department":"公诉部",
				 "important":false,"term":"AD_HOC","visibility":"PUBLIC","exemptions":[]}
				""".formatted(title);
	}

	record Timed(String label, Response response, long millis) {
	}

}
