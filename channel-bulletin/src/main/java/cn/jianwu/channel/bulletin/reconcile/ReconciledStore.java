package cn.jianwu.channel.bulletin.reconcile;

import cn.jianwu.events.Channel;
import cn.jianwu.platform.export.Reconciliation;

/**
 * A store of this service that holds the items of one channel, compared with
 * disclosure-service's export of that channel by {@link StoreReconciler}. Its writes are
 * conditional on the revision, as a post's and a withdrawal's are, so a run never brings
 * back an older revision or an item withdrawn at the exported revision.
 */
public interface ReconciledStore extends Reconciliation.Repairs {

	/** The channel whose export the store is compared with; its id names the store. */
	Channel channel();

	/** What the store holds now; read before the export. */
	Reconciliation.Held held();

}
