package cn.jianwu.platform.kafka;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendTimeoutsTest {

	@Test
	void oneTimeoutBoundsBlockingAndDeliveryAndLeavesRoomForOneRequest() {
		assertThat(SendTimeouts.missingFrom(Map.of(), Duration.ofSeconds(5))).containsOnly(
				Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000L),
				Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000),
				Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2500));
	}

	@Test
	void whatAServiceSetsItselfIsLeftAlone() {
		assertThat(SendTimeouts.missingFrom(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000"), Duration.ofSeconds(5)))
			.doesNotContainKey(ProducerConfig.MAX_BLOCK_MS_CONFIG)
			.containsKey(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
	}

}
