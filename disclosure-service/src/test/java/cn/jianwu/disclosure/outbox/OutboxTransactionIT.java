package cn.jianwu.disclosure.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.Topics;
import cn.jianwu.testsupport.StandaloneKafkaBroker;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
 * with its state change or not at all, and events written while the broker is away arrive
 * once it is back.
 */
@SpringBootTest(properties = { "jianwu.outbox.retry-every=1s", "jianwu.outbox.retry-older-than=1s",
		"spring.modulith.events.staleness.processing=10s", "spring.modulith.events.staleness.check-intervall=2s",
		"jianwu.outbox.send-timeout=3s", "spring.kafka.producer.properties.max.block.ms=3000",
		"spring.kafka.producer.properties.delivery.timeout.ms=3000",
		"spring.kafka.producer.properties.request.timeout.ms=2000" })
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

}
