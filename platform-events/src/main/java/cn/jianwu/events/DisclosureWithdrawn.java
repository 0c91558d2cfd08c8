package cn.jianwu.events;

import java.time.Instant;

/** A published item was withdrawn and must be retracted from every channel. */
public record DisclosureWithdrawn(String itemId, int revision, String reason,
		Instant withdrawnAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.itemId;
	}

}
