package cn.jianwu.disclosure.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.EventExamples;
import cn.jianwu.events.EventType;
import cn.jianwu.events.Topics;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class OutboxIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@Autowired
	DisclosureOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordedEventReachesTheBrokerAsACloudEventKeyedByItemAndLeavesNoBacklog() {
		DisclosurePublished example = (DisclosurePublished) EventExamples.payload(EventType.DISCLOSURE_PUBLISHED);
		String itemId = UUID.randomUUID().toString();
		DisclosurePublished published = new DisclosurePublished(itemId, 1, example.category(), example.subKind(),
				example.title(), example.summary(), example.body(), example.department(), example.visibility(),
				example.channels(), example.publishedAt(), example.portalUrl(), example.attachments());

		this.outbox.record(published);

		List<TestEvents.Keyed> received = TestEvents.await(TestKafka.bootstrapServers(), Topics.DISCLOSURE_EVENTS,
				(event) -> event.payload() instanceof DisclosurePublished p && p.itemId().equals(itemId),
				Duration.ofSeconds(20));
		assertThat(received).hasSize(1);
		assertThat(received.get(0).key()).isEqualTo(itemId);
		assertThat(received.get(0).event().type()).isEqualTo("cn.jianwu.disclosure.published.v1");
		assertThat(received.get(0).event().source()).hasToString("/jianwu/disclosure-service");
		assertThat(received.get(0).event().payload()).isEqualTo(published);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.jdbc.queryForObject("select count(*) from event_publication", Integer.class))
						.isZero());
	}

}
