package cn.jianwu.channel.support.intake;

import java.util.Optional;

import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.channel.support.ledger.LedgerKey;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.channel.support.ledger.Operation;
import cn.jianwu.channel.support.ledger.StoredEvent;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.RedeliveryRequested;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns a disclosure event into ledger rows for one channel: work to queue, or a skip
 * with its reason. Runs in one transaction per event, and every insert keeps the first
 * row for its key, so handling an event twice changes nothing.
 */
public class DeliveryPlanner {

	private final DeliveryLedger ledger;

	private final TransactionOperations transactions;

	public DeliveryPlanner(DeliveryLedger ledger, TransactionOperations transactions) {
		this.ledger = ledger;
		this.transactions = transactions;
	}

	/**
	 * Records what the event asks of the channel.
	 * @return whether there is new work for the dispatcher
	 */
	public boolean plan(Channel channel, PlatformEvent event, StoredEvent stored) {
		Boolean queued = this.transactions.execute((status) -> {
			if (event instanceof DisclosureRevised revised) {
				return planPost(channel, revised.asPublished(), revised.replacesRevision(), stored);
			}
			if (event instanceof DisclosurePublished published) {
				return planPost(channel, published, null, stored);
			}
			if (event instanceof DisclosureWithdrawn withdrawn) {
				return planRetraction(channel, withdrawn.itemId(), withdrawn.revision(), withdrawn.reason(),
						ChannelPlan.WITHDRAWN_BEFORE_POSTING, stored);
			}
			if (event instanceof RedeliveryRequested redelivery && redelivery.channel() == channel) {
				return this.ledger.requeueFailed(redelivery.itemId(), redelivery.revision(), channel) > 0;
			}
			return false;
		});
		return Boolean.TRUE.equals(queued);
	}

	private boolean planPost(Channel channel, DisclosurePublished item, Integer replaces, StoredEvent stored) {
		LedgerKey key = new LedgerKey(item.itemId(), item.revision(), channel, Operation.POST);
		Optional<String> skipped = ChannelPlan.skipReason(item, channel);
		if (skipped.isPresent()) {
			boolean added = this.ledger.add(key, LedgerStatus.SKIPPED, replaces, null, skipped.get(), stored);
			// an older revision that did reach the channel must not stay there
			boolean retracting = added && planRetraction(channel, item.itemId(), item.revision() - 1,
					ChannelPlan.NO_LONGER_HERE, ChannelPlan.SUPERSEDED, stored);
			return added || retracting;
		}
		boolean added = this.ledger.add(key, LedgerStatus.QUEUED, replaces, null, null, stored);
		if (added) {
			this.ledger.skipQueuedPosts(item.itemId(), item.revision() - 1, channel, ChannelPlan.SUPERSEDED);
		}
		return added;
	}

	private boolean planRetraction(Channel channel, String itemId, int upToRevision, String reason, String skipReason,
			StoredEvent stored) {
		this.ledger.skipQueuedPosts(itemId, upToRevision, channel, skipReason);
		boolean queued = false;
		for (int revision : ChannelPlan.revisionsToTakeDown(this.ledger.posts(itemId, channel), upToRevision)) {
			LedgerKey key = new LedgerKey(itemId, revision, channel, Operation.RETRACT);
			queued |= this.ledger.add(key, LedgerStatus.QUEUED, null, null, reason, stored);
		}
		return queued;
	}

}
