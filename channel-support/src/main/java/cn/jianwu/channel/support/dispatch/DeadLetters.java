package cn.jianwu.channel.support.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.StoredEvent;
import cn.jianwu.events.DeadLetterHeaders;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Puts the event of a delivery that failed for good on the adapter's dead-letter topic,
 * exactly as it arrived plus the reason, where an operator can inspect and replay it. The
 * topic is the one the listener's own error handler uses for undecodable records.
 */
public class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final DeliveryLedger ledger;

	private final KafkaOperations<String, byte[]> kafka;

	private final String topic;

	private final DeliveryMeters meters;

	public DeadLetters(DeliveryLedger ledger, KafkaOperations<String, byte[]> kafka, String consumer,
			DeliveryMeters meters) {
		this.ledger = ledger;
		this.kafka = kafka;
		this.meters = meters;
		this.topic = Topics.deadLetter(Topics.DISCLOSURE_EVENTS, consumer);
	}

	public String topic() {
		return this.topic;
	}

	public synchronized void sendPending() {
		for (LedgerEntry entry : this.ledger.pendingDeadLetters(50)) {
			try {
				this.kafka.send(record(entry)).get(10, TimeUnit.SECONDS);
				this.ledger.markDeadLettered(entry.key());
				this.meters.deadLettered(this.topic);
				log.info("Delivery {} failed for good; its event is on {}", entry.key(), this.topic);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				log.warn("Dead letter for {} not sent yet, will retry: {}", entry.key(), ex.toString());
				return;
			}
		}
	}

	private ProducerRecord<String, byte[]> record(LedgerEntry entry) {
		StoredEvent event = entry.event();
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.topic, event.key(), event.value());
		event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		record.headers().add(DeadLetterHeaders.DELIVERY, entry.key().toString().getBytes(StandardCharsets.UTF_8));
		if (entry.reason() != null) {
			record.headers().add(DeadLetterHeaders.REASON, entry.reason().getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

}
