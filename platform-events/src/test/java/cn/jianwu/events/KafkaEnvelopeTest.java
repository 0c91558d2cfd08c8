package cn.jianwu.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KafkaEnvelopeTest {

	private final EventCodec codec = new EventCodec(URI.create("/jianwu/disclosure-service"));

	@Test
	void recordIsKeyedByAggregateOnTheTypesTopicAndReadsBack() {
		PlatformEvent example = EventExamples.payload(EventType.DISCLOSURE_WITHDRAWN);
		CloudEvent envelope = this.codec.encode(example);
		ProducerRecord<String, byte[]> record = KafkaEnvelope.toRecord(example, envelope);
		assertThat(record.topic()).isEqualTo(Topics.DISCLOSURE_EVENTS);
		assertThat(record.key()).isEqualTo(example.key());

		ReceivedEvent received = KafkaEnvelope.fromRecord(asConsumed(record));
		assertThat(received.id()).isEqualTo(envelope.getId());
		assertThat(received.type()).isEqualTo("cn.jianwu.disclosure.withdrawn.v1");
		assertThat(received.source()).isEqualTo(URI.create("/jianwu/disclosure-service"));
		assertThat(received.payload()).isEqualTo(example);
	}

	@Test
	void recordWithoutEnvelopeHeadersIsMalformed() {
		ConsumerRecord<String, byte[]> bare = new ConsumerRecord<>(Topics.DISCLOSURE_EVENTS, 0, 7, "k",
				"{}".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> KafkaEnvelope.fromRecord(bare))
			.withMessageContaining("disclosure.events-0@7");
	}

	private static ConsumerRecord<String, byte[]> asConsumed(ProducerRecord<String, byte[]> record) {
		return new ConsumerRecord<>(record.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, record.key(),
				record.value(), new RecordHeaders(record.headers().toArray()), java.util.Optional.empty());
	}

}
