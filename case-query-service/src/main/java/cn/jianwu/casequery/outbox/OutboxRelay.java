package cn.jianwu.casequery.outbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.events.PlatformEvent;
import cn.jianwu.platform.kafka.EventSender;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands committed events to Kafka, keyed by case number. The publication is marked
 * complete only when the broker acknowledged the record; otherwise it stays in the
 * registry and {@link OutboxRetry} submits it again.
 */
@Component
class OutboxRelay {

	private final EventSender sender;

	private final Duration sendTimeout;

	OutboxRelay(EventSender sender, @Value("${jianwu.outbox.send-timeout:10s}") Duration sendTimeout) {
		this.sender = sender;
		this.sendTimeout = sendTimeout;
	}

	@ApplicationModuleListener
	void relay(PlatformEvent event) throws ExecutionException, InterruptedException, TimeoutException {
		this.sender.send(event).get(this.sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
	}

}
