package cn.jianwu.channel.support.intake;

import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.channel.support.ledger.LedgerEntry;
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
import cn.jianwu.events.Visibility;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns a disclosure event into ledger rows for one channel: work to queue, or a skip
 * with its reason. Runs in one transaction per event, and every insert keeps the first
 * row for its key, so handling an event twice changes nothing.
 */
public class DeliveryPlanner {

	static final String INTERNAL_ONLY = "内部事项，仅在局域网公告栏公布";

	static final String NOT_CHOSEN = "该事项未选择此渠道";

	static final String SUPERSEDED = "已被新的修订取代";

	static final String WITHDRAWN_BEFORE_POSTING = "发布前已撤回";

	static final String NO_LONGER_HERE = "新的修订不再发布到此渠道，撤回旧的修订";

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
						WITHDRAWN_BEFORE_POSTING, stored);
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
		if (!item.deliversTo(channel)) {
			String reason = (item.visibility() == Visibility.INTERNAL) ? INTERNAL_ONLY : NOT_CHOSEN;
			boolean added = this.ledger.add(key, LedgerStatus.SKIPPED, replaces, null, reason, stored);
			// an older revision that did reach the channel must not stay there
			boolean retracting = added
					&& planRetraction(channel, item.itemId(), item.revision() - 1, NO_LONGER_HERE, SUPERSEDED, stored);
			return added || retracting;
		}
		boolean added = this.ledger.add(key, LedgerStatus.QUEUED, replaces, null, null, stored);
		if (added) {
			this.ledger.skipQueuedPosts(item.itemId(), item.revision() - 1, channel, SUPERSEDED);
		}
		return added;
	}

	private boolean planRetraction(Channel channel, String itemId, int upToRevision, String reason, String skipReason,
			StoredEvent stored) {
		this.ledger.skipQueuedPosts(itemId, upToRevision, channel, skipReason);
		boolean queued = false;
		for (LedgerEntry post : this.ledger.posts(itemId, channel)) {
			boolean mayBeShown = post.status() == LedgerStatus.DELIVERED || post.status() == LedgerStatus.IN_PROGRESS
					|| post.status() == LedgerStatus.AWAITING_RESULT;
			if (post.key().revision() <= upToRevision && mayBeShown) {
				LedgerKey key = new LedgerKey(itemId, post.key().revision(), channel, Operation.RETRACT);
				queued |= this.ledger.add(key, LedgerStatus.QUEUED, null, null, reason, stored);
			}
		}
		return queued;
	}

}
