package cn.jianwu.channel.support.ledger;

import cn.jianwu.events.Channel;

/** The idempotency key: one item revision, on one channel, posted or retracted once. */
public record LedgerKey(String itemId, int revision, Channel channel, Operation operation) {

	@Override
	public String toString() {
		return this.itemId + "@" + this.revision + "/" + this.channel.id() + "/" + this.operation;
	}

}
