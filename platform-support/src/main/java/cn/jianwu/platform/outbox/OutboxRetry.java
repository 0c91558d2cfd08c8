package cn.jianwu.platform.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Submits again the events whose hand-over to Kafka failed (broker down, timeout), so
 * that they go out once the broker is back, without anyone's help. Only failed
 * publications are resubmitted, never one still in flight, so a slow broker does not
 * multiply sends; publications stuck in flight are marked failed by Modulith's staleness
 * monitor ({@code spring.modulith.events.staleness.*}). Runs where scheduling is enabled.
 */
public class OutboxRetry {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

	private final FailedEventPublications failed;

	private final Duration olderThan;

	OutboxRetry(FailedEventPublications failed, Duration olderThan) {
		this.failed = failed;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${jianwu.outbox.retry-every:15s}",
			initialDelayString = "${jianwu.outbox.retry-every:15s}")
	void resubmit() {
		try {
			this.failed.resubmit(ResubmissionOptions.defaults().withMinAge(this.olderThan));
		}
		catch (RuntimeException ex) {
			log.warn("Outbox retry could not run: {}", ex.toString());
		}
	}

}
