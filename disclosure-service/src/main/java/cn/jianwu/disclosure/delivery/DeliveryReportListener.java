package cn.jianwu.disclosure.delivery;

import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the delivery board up to date from the channels' reports. */
@Component
class DeliveryReportListener {

	private final DeliveryBoard board;

	DeliveryReportListener(DeliveryBoard board) {
		this.board = board;
	}

	@KafkaListener(id = "delivery-board", idIsGroup = false, topics = Topics.CHANNEL_DELIVERIES)
	void onReport(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = KafkaEnvelope.fromRecord(record);
		if (event.payload() instanceof ChannelDeliveryReported report) {
			this.board.record(report);
		}
	}

}
