package cn.jianwu.channel.bulletin.agenda;

import cn.jianwu.events.HallAgendaChanged;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * hall-service's {@code agenda.changed} on {@code hall.events}; every other hall event is
 * none of the screens' business. The service's consumer group reads it, so a record that
 * cannot be read goes to {@code hall.events.channel-bulletin.dlt} through the platform's
 * error handler; hall-service being down is not an error of the record (the agenda is
 * fetched again later, see {@link TodaysAgenda}).
 */
@Component
class AgendaChanges {

	private final TodaysAgenda agenda;

	AgendaChanges(TodaysAgenda agenda) {
		this.agenda = agenda;
	}

	@KafkaListener(id = "bulletin-agenda", idIsGroup = false, topics = Topics.HALL_EVENTS)
	void onHallEvent(ConsumerRecord<String, byte[]> record) {
		if (KafkaEnvelope.fromRecord(record).payload() instanceof HallAgendaChanged changed) {
			this.agenda.changed(changed.date(), changed.changedAt());
		}
	}

}
