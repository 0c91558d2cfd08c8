package cn.jianwu.search.indexing;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.platform.kafka.EventSender;

import org.springframework.stereotype.Component;

/**
 * Tells disclosure-service what the portal's search did with each revision, on
 * {@code channel.deliveries}. Sent after the index took the batch and awaited, so that a
 * report that could not be sent makes the batch run again; the index answers a repeated
 * write as a duplicate and the report goes out then.
 */
@Component
class PortalReports {

	private static final long SEND_TIMEOUT_SECONDS = 30;

	private final EventSender events;

	private final Clock clock;

	PortalReports(EventSender events) {
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/**
	 * @param changes the changes the index took, each with the index that holds it
	 * @throws ReportsNotSentException when the broker did not take every report in time
	 */
	void send(List<Reported> changes) {
		if (changes.isEmpty()) {
			return;
		}
		CompletableFuture<?>[] sends = changes.stream()
			.map((reported) -> this.events.send(report(reported)))
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(sends).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReportsNotSentException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new ReportsNotSentException(ex);
		}
	}

	private ChannelDeliveryReported report(Reported reported) {
		PortalChange change = reported.change();
		// The reference staff see: the concrete index that holds the item, so that a
		// delivery can be traced across rebuilds.
		String externalRef = (change.status() == DeliveryStatus.DELIVERED) ? reported.index() : null;
		return new ChannelDeliveryReported(change.itemId(), change.revision(), Channel.PORTAL, change.status(), 1,
				externalRef, change.reason(), this.clock.instant());
	}

	/** A change the index took, and where. */
	record Reported(PortalChange change, String index) {
	}

}
