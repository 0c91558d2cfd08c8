package cn.jianwu.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The settings every Kafka client of the tool starts from: a broker that does not answer
 * ends a command within {@link #TIMEOUT} instead of the clients' minute-long defaults.
 */
public final class KafkaClients {

	public static final Duration TIMEOUT = Duration.ofSeconds(15);

	private KafkaClients() {
	}

	public static Map<String, Object> properties(String bootstrapServers, String clientId) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
		// the API timeout may not be shorter than the request timeout
		properties.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		properties.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		properties.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
		return properties;
	}

}
