package cn.jianwu.events;

import java.time.Instant;

/** Staff asked one channel to deliver an item's revision again. */
public record RedeliveryRequested(String itemId, int revision, Channel channel, String requestedBy,
		Instant requestedAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.itemId;
	}

}
