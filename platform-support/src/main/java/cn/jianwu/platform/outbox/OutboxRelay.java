package cn.jianwu.platform.outbox;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.events.PlatformEvent;
import cn.jianwu.platform.kafka.EventSender;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands a service's committed events to Kafka (keyed as each event says). The publication
 * is marked complete only when the broker acknowledged the record; otherwise it stays in
 * Spring Modulith's registry and {@link OutboxRetry} submits it again.
 * <p>
 * Deliberately not an {@code @ApplicationModuleListener}: that one runs the listener in a
 * transaction of its own, which holds a database connection for as long as the broker
 * makes the send wait; during a broker outage the relays took the whole small pool and
 * every request waited for a connection. Here no transaction surrounds the send: Modulith
 * records the hand-over's start and its completion (or failure) in short transactions of
 * their own, before and after it. The relay runs on its own small executor (see
 * {@link OutboxAutoConfiguration#RELAY_EXECUTOR}), so however many events wait, at most
 * that many connections are ever used for them at once.
 */
public class OutboxRelay {

	/**
	 * The relay's name in the registry ({@code event_publication.listener_id}): fixed, so
	 * that publications still waiting survive a move or rename of this class.
	 */
	public static final String LISTENER_ID = "jianwu.outbox.relay";

	private final EventSender sender;

	private final Duration sendTimeout;

	private final RelayedEvents relayed = new RelayedEvents(10_000);

	/**
	 * @param sender the producer, whose own timeouts bound each send
	 * @param sendTimeout the producer's send timeout: the relay waits at most twice that
	 * (blocked on metadata, then waiting for the acknowledgement), only as a safeguard
	 */
	OutboxRelay(EventSender sender, Duration sendTimeout) {
		this.sender = sender;
		this.sendTimeout = sendTimeout;
	}

	@Async(OutboxAutoConfiguration.RELAY_EXECUTOR)
	@TransactionalEventListener(id = LISTENER_ID)
	void relay(PlatformEvent event) throws ExecutionException, InterruptedException, TimeoutException {
		UUID id = RelayedEvents.idOf(event);
		switch (this.relayed.start(id)) {
			case ALREADY_SENT -> {
				// a stale copy of a publication whose first copy the broker took:
				// completing
				// it is all that is left to do
				return;
			}
			case IN_FLIGHT -> throw new IllegalStateException("Another copy of event " + id + " is being sent");
			case SEND -> {
			}
		}
		boolean acknowledged = false;
		try {
			this.sender.send(event).get(2 * this.sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
			acknowledged = true;
		}
		finally {
			this.relayed.finished(id, acknowledged);
		}
	}

}
