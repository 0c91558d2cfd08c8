package cn.jianwu.channel.support.intake;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.channel.support.dispatch.ChannelDispatcher;
import cn.jianwu.channel.support.ledger.StoredEvent;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * The adapter's consumer of {@code disclosure.events}: records what each event asks of
 * each of the service's channels in the ledger and wakes the dispatchers. The offset is
 * committed only after the ledger has the work, so nothing is lost; the call to the
 * channel happens later, off the consumer thread, so a slow or rate-limited channel never
 * stalls the partition.
 */
public class DeliveryIntake {

	private static final Logger log = LoggerFactory.getLogger(DeliveryIntake.class);

	private final DeliveryPlanner planner;

	private final List<ChannelDispatcher> dispatchers;

	public DeliveryIntake(DeliveryPlanner planner, List<ChannelDispatcher> dispatchers) {
		this.planner = planner;
		this.dispatchers = dispatchers;
	}

	@KafkaListener(id = "${jianwu.channel.listener-id:channel-delivery}", idIsGroup = false,
			topics = Topics.DISCLOSURE_EVENTS)
	public void onDisclosureEvent(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = KafkaEnvelope.fromRecord(record);
		StoredEvent stored = StoredEvent.of(record, event.id());
		List<String> queued = new ArrayList<>();
		for (ChannelDispatcher dispatcher : this.dispatchers) {
			if (this.planner.plan(dispatcher.channel(), event.payload(), stored)) {
				queued.add(dispatcher.channel().name());
				dispatcher.wakeUp();
			}
		}
		// One line per event, in the trace of the approval that caused it (the listener
		// continues the traceparent of the record): what an operator follows from the
		// gateway to this adapter. Ids only, never content.
		log.info("Took {} {} for item {}: work queued for {}", event.type(), event.id(), record.key(),
				queued.isEmpty() ? "no channel" : queued);
	}

}
