package cn.jianwu.channel.support.dispatch;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.platform.kafka.EventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the latest final status of ledger rows to {@code channel.deliveries}. The ledger
 * remembers what was sent, so a broker outage delays reports but loses none.
 */
public class DeliveryReports {

	private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

	private final DeliveryLedger ledger;

	private final EventSender sender;

	private final DeliveryMeters meters;

	public DeliveryReports(DeliveryLedger ledger, EventSender sender, DeliveryMeters meters) {
		this.ledger = ledger;
		this.sender = sender;
		this.meters = meters;
	}

	/**
	 * Sends what is pending; stops at the first failure and leaves the rest for later.
	 */
	public synchronized void sendPending() {
		for (LedgerEntry entry : this.ledger.unreported(100)) {
			try {
				this.sender.send(report(entry)).get(10, TimeUnit.SECONDS);
				this.ledger.markReported(entry.key(), entry.changeSeq());
				this.meters.reported(entry);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				log.warn("Delivery report for {} not sent yet, will retry: {}", entry.key(), ex.toString());
				return;
			}
		}
	}

	static ChannelDeliveryReported report(LedgerEntry entry) {
		return new ChannelDeliveryReported(entry.key().itemId(), entry.key().revision(), entry.key().channel(),
				entry.status().reported(), entry.round(), entry.externalRef(), entry.reason(), Instant.now());
	}

}
