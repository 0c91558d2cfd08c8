package cn.jianwu.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The producer settings that bound one send by a single timeout. Kafka's defaults let a
 * send to an absent broker block its caller for 60 s ({@code max.block.ms}) and keep its
 * future open for 2 min ({@code delivery.timeout.ms}); a caller holding anything scarce
 * (a thread of a small pool, a database connection) must not wait that long.
 */
final class SendTimeouts {

	private SendTimeouts() {
	}

	/**
	 * The settings derived from {@code timeout} that {@code configured} does not set.
	 * {@code request.timeout.ms} is half of it because Kafka requires the delivery
	 * timeout to cover at least one request plus {@code linger.ms}.
	 */
	static Map<String, Object> missingFrom(Map<String, Object> configured, Duration timeout) {
		long millis = Math.max(timeout.toMillis(), 100);
		Map<String, Object> derived = new HashMap<>();
		derived.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
		derived.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(millis, Integer.MAX_VALUE));
		derived.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(millis / 2, Integer.MAX_VALUE));
		derived.keySet().removeAll(configured.keySet());
		return derived;
	}

}
