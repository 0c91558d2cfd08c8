package cn.jianwu.testsupport;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Producer records for tests that send the very same record more than once. */
public final class Records {

	private Records() {
	}

	/**
	 * A fresh copy of the record, to send it again: the producer seals a record's headers
	 * once it is sent, and an observed template adds its {@code traceparent} to every
	 * record it sends.
	 * @param record the record
	 * @return the same topic, partition, key, value and headers, in a new record
	 */
	public static <K, V> ProducerRecord<K, V> copyOf(ProducerRecord<K, V> record) {
		return new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
				new RecordHeaders(record.headers().toArray()));
	}

}
