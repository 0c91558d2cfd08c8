package cn.jianwu.reports;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.EventCodec;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends events to the platform's real topics the way their producers do (CloudEvents in
 * binary mode, keyed by aggregate), so that the tests feed report-service exactly as the
 * other services would.
 */
public final class PlatformEvents {

	private static final EventCodec CODEC = new EventCodec(URI.create("/jianwu/report-service-test"));

	private PlatformEvents() {
	}

	/** Sends and waits until Kafka has them all. */
	public static void send(PlatformEvent... events) {
		send(List.of(events));
	}

	public static void send(List<? extends PlatformEvent> events) {
		Map<String, Object> properties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new ByteArraySerializer())) {
			for (PlatformEvent event : events) {
				producer.send(KafkaEnvelope.toRecord(event, CODEC.encode(event)));
			}
			producer.flush();
		}
	}

}
