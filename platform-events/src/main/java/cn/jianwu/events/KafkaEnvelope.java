package cn.jianwu.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * CloudEvents in Kafka binary mode: the envelope in {@code ce_*} headers, the JSON data
 * as the record value. Records carry plain bytes so that a dead-letter topic can keep an
 * undecodable record exactly as it arrived.
 */
public final class KafkaEnvelope {

	private KafkaEnvelope() {
	}

	/** The record for an event: its type's topic, keyed by the aggregate id. */
	public static ProducerRecord<String, byte[]> toRecord(PlatformEvent event, CloudEvent envelope) {
		return KafkaMessageFactory.<String>createWriter(EventType.of(event).topic(), null, null, event.key())
			.writeBinary(envelope);
	}

	public static ReceivedEvent fromRecord(ConsumerRecord<String, byte[]> record) {
		CloudEvent envelope;
		try {
			envelope = KafkaMessageFactory.createReader(record).toEvent();
		}
		catch (CloudEventRWException | IllegalStateException ex) {
			throw new MalformedEventException("Record at " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + " is not a CloudEvent", ex);
		}
		return new ReceivedEvent(envelope.getId(), envelope.getType(), envelope.getSource(), envelope.getTime(),
				EventCodec.decode(envelope));
	}

}
