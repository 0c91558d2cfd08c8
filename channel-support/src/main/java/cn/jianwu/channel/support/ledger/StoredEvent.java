package cn.jianwu.channel.support.ledger;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The record that asked for the work, kept exactly as it arrived: the dispatcher decodes
 * it again, and a dead letter carries it unchanged.
 */
public record StoredEvent(String id, String key, byte[] value, Map<String, String> headers) {

	public static StoredEvent of(ConsumerRecord<String, byte[]> record, String eventId) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			if (header.value() != null) {
				headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		return new StoredEvent(eventId, record.key(), record.value(), headers);
	}

	public ConsumerRecord<String, byte[]> toRecord() {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.DISCLOSURE_EVENTS, 0, 0L, this.key,
				this.value);
		this.headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		return record;
	}

	public ReceivedEvent decode() {
		return KafkaEnvelope.fromRecord(toRecord());
	}

}
