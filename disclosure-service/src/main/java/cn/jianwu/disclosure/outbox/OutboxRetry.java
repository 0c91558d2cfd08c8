package cn.jianwu.disclosure.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits again the events that could not be handed to Kafka (broker down, timeout), so
 * that they reach the channels once the broker is back, without anyone's help.
 */
@Component
class OutboxRetry {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	OutboxRetry(IncompleteEventPublications incomplete,
			@Value("${jianwu.outbox.retry-older-than:30s}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${jianwu.outbox.retry-every:15s}",
			initialDelayString = "${jianwu.outbox.retry-every:15s}")
	void resubmit() {
		try {
			this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
		}
		catch (RuntimeException ex) {
			log.warn("Outbox retry could not run: {}", ex.toString());
		}
	}

}
