package cn.jianwu.platform.kafka;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.EventType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With no broker at all, the caller is not held up, and what is lost is counted. */
class BestEffortSenderTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1", ProducerConfig.MAX_BLOCK_MS_CONFIG, 300,
					ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 150),
			new StringSerializer(), new ByteArraySerializer());

	private BestEffortSender sender;

	@AfterEach
	void stop() throws InterruptedException {
		this.sender.destroy();
		this.producers.destroy();
	}

	@Test
	void anAbsentBrokerNeitherSlowsNorFailsTheCallerAndEveryLostEventIsCounted() {
		this.sender = new BestEffortSender(sender(), 100, this.meters);

		long started = System.nanoTime();
		for (int i = 0; i < 3; i++) {
			this.sender.send(event());
		}

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lost("send-failed")).isEqualTo(3));
	}

	@Test
	void aFullQueueDropsAndCountsInsteadOfWaiting() {
		this.sender = new BestEffortSender(sender(), 1, this.meters);

		long started = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			this.sender.send(event());
		}

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
		assertThat(lost("queue-full")).isGreaterThan(0);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(lost("queue-full") + lost("send-failed")).isEqualTo(20));
	}

	private EventSender sender() {
		return new EventSender(new KafkaTemplate<>(this.producers), new EventCodec(URI.create("/jianwu/test")));
	}

	private double lost(String cause) {
		var counter = this.meters.find("jianwu.events.lost")
			.tags("type", EventType.CASE_QUERIED.ceType(), "cause", cause)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static CaseQueried event() {
		return new CaseQueried(java.util.UUID.randomUUID().toString(), "WEB", "SUCCESS", false, Instant.now());
	}

}
