package cn.jianwu.ops.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import cn.jianwu.ops.KafkaClients;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What the dead-letter tools share: client settings and the names of the headers that the
 * platform's error handlers put on a dead letter.
 */
final class DeadLetterKafka {

	/** The consumer group whose committed offsets say what was replayed already. */
	static final String REPLAY_GROUP = "jianwu-dlt-replay";

	/** CloudEvents type of the event (binary mode). */
	static final String TYPE_HEADER = "ce_type";

	/**
	 * Spring Kafka's DeadLetterPublishingRecoverer adds headers with this prefix
	 * (KafkaHeaders.DLT_*): where the record came from and why it failed.
	 */
	static final String SPRING_DLT_PREFIX = "kafka_dlt-";

	static final String ORIGINAL_TOPIC_HEADER = "kafka_dlt-original-topic";

	static final String EXCEPTION_FQCN_HEADER = "kafka_dlt-exception-fqcn";

	static final String EXCEPTION_CAUSE_FQCN_HEADER = "kafka_dlt-exception-cause-fqcn";

	static final String EXCEPTION_MESSAGE_HEADER = "kafka_dlt-exception-message";

	static final Duration TIMEOUT = KafkaClients.TIMEOUT;

	private DeadLetterKafka() {
	}

	static Map<String, Object> clientProperties(String bootstrapServers, String clientId) {
		return KafkaClients.properties(bootstrapServers, clientId);
	}

	static String header(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header == null || header.value() == null) ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
