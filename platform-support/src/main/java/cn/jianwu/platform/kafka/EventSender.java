package cn.jianwu.platform.kafka;

import java.util.concurrent.CompletableFuture;

import cn.jianwu.events.EventCodec;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.PlatformEvent;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends platform events as CloudEvents to their topic, keyed by the aggregate. Callers
 * that own a database transaction must not call this inside it: they go through their
 * outbox.
 */
public class EventSender {

	private static final Logger log = LoggerFactory.getLogger(EventSender.class);

	private final KafkaTemplate<String, byte[]> template;

	private final EventCodec codec;

	public EventSender(KafkaTemplate<String, byte[]> template, EventCodec codec) {
		this.template = template;
		this.codec = codec;
	}

	public CompletableFuture<SendResult<String, byte[]>> send(PlatformEvent event) {
		CloudEvent envelope = this.codec.encode(event);
		return this.template.send(KafkaEnvelope.toRecord(event, envelope)).whenComplete((result, failure) -> {
			if (failure == null) {
				log.debug("Sent {} {} for {}", envelope.getType(), envelope.getId(), event.key());
			}
			else {
				log.warn("Could not send {} {} for {}: {}", envelope.getType(), envelope.getId(), event.key(),
						failure.toString());
			}
		});
	}

}
