package cn.jianwu.reports.ingest;

import java.util.List;

import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.MalformedEventException;
import cn.jianwu.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Reads every platform topic in batches (a replay from offset 0 takes a year of queries
 * in minutes, not hours) and hands each batch to the read model in one transaction. A
 * record that cannot be read is named to the platform's error handler, which sends it to
 * {@code <topic>.report-service.dlt} and goes on with the rest of the batch.
 */
@Component
class EventIntake {

	private final ReadModel readModel;

	EventIntake(ReadModel readModel) {
		this.readModel = readModel;
	}

	@KafkaListener(id = "report-read-model", idIsGroup = false, batch = "true",
			topics = "#{T(cn.jianwu.reports.ingest.PlatformTopics).consumed()}")
	void onEvents(List<ConsumerRecord<String, byte[]>> records) {
		ReceivedEvent[] events = new ReceivedEvent[records.size()];
		for (int i = 0; i < records.size(); i++) {
			try {
				events[i] = KafkaEnvelope.fromRecord(records.get(i));
			}
			catch (MalformedEventException ex) {
				// what came before it is taken first, so that nothing before it is read
				// twice
				this.readModel.take(List.of(events).subList(0, i));
				throw new BatchListenerFailedException(ex.getMessage(), ex, i);
			}
		}
		this.readModel.take(List.of(events));
	}

}
