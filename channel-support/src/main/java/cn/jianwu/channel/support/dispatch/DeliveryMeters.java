package cn.jianwu.channel.support.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.channel.support.ledger.Operation;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.ReceivedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operators watch of the channels: every final outcome of a delivery
 * ({@code jianwu.channel.deliveries}, by channel, operation and status) and, for posts
 * that reached their channel, the time from the item's publication (its last approval) to
 * the channel's confirmation ({@code jianwu.channel.delivery.latency}, a histogram).
 * Outcomes are counted when they are reported, which the ledger makes happen once per
 * outcome; dead letters sent are {@code jianwu.dead.letters}.
 */
public class DeliveryMeters {

	private static final Logger log = LoggerFactory.getLogger(DeliveryMeters.class);

	private final MeterRegistry registry;

	public DeliveryMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	void reported(LedgerEntry entry) {
		String channel = entry.key().channel().name().toLowerCase(Locale.ROOT);
		Counter.builder("jianwu.channel.deliveries")
			.description("Final outcomes of deliveries to the channels")
			.tag("channel", channel)
			.tag("operation", entry.key().operation().name())
			.tag("status", entry.status().reported().name())
			.register(this.registry)
			.increment();
		if (entry.status() == LedgerStatus.DELIVERED && entry.key().operation() == Operation.POST) {
			Instant published = publishedAt(entry);
			if (published != null && entry.updatedAt() != null && !entry.updatedAt().isBefore(published)) {
				Timer.builder("jianwu.channel.delivery.latency")
					.description("From an item's publication (its last approval) to its channel's confirmation")
					.tag("channel", channel)
					.publishPercentileHistogram()
					.maximumExpectedValue(Duration.ofHours(1))
					.register(this.registry)
					.record(Duration.between(published, entry.updatedAt()));
			}
		}
	}

	void deadLettered(String topic) {
		Counter.builder("jianwu.dead.letters")
			.description("Records sent to a dead-letter topic")
			.tag("topic", topic)
			.register(this.registry)
			.increment();
	}

	private static Instant publishedAt(LedgerEntry entry) {
		try {
			ReceivedEvent event = entry.event().decode();
			if (event.payload() instanceof DisclosurePublished published && published.publishedAt() != null) {
				return published.publishedAt();
			}
			return (event.time() != null) ? event.time().toInstant() : null;
		}
		catch (RuntimeException ex) {
			// a meter must never fail a report
			log.debug("No publication time for {}: {}", entry.key(), ex.toString());
			return null;
		}
	}

}
