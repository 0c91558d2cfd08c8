package cn.jianwu.platform.outbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.events.PlatformEvent;
import cn.jianwu.platform.kafka.EventSender;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Hands a service's committed events to Kafka (keyed as each event says). The publication
 * is marked complete only when the broker acknowledged the record; otherwise it stays in
 * Spring Modulith's registry and {@link OutboxRetry} submits it again.
 */
public class OutboxRelay {

	/**
	 * The relay's name in the registry ({@code event_publication.listener_id}): fixed, so
	 * that publications still waiting survive a move or rename of this class.
	 */
	public static final String LISTENER_ID = "jianwu.outbox.relay";

	private final EventSender sender;

	private final Duration sendTimeout;

	OutboxRelay(EventSender sender, Duration sendTimeout) {
		this.sender = sender;
		this.sendTimeout = sendTimeout;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void relay(PlatformEvent event) throws ExecutionException, InterruptedException, TimeoutException {
		this.sender.send(event).get(this.sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
	}

}
