package cn.jianwu.events;

import java.time.Instant;

/**
 * What happened when a channel handled an item's revision: staff see these as the
 * per-channel proof of delivery.
 *
 * @param externalRef the channel's own reference (Weibo post id, WeChat publish id,
 * screen ids), or {@code null}
 * @param reason why it failed or was skipped, in words staff can act on, or {@code null}
 */
public record ChannelDeliveryReported(String itemId, int revision, Channel channel, DeliveryStatus status, int attempt,
		String externalRef, String reason, Instant reportedAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.itemId;
	}

}
