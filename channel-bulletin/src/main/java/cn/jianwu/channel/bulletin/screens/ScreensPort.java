package cn.jianwu.channel.bulletin.screens;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.jianwu.channel.support.ChannelPort;
import cn.jianwu.channel.support.Delivery;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.Retraction;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;

import org.springframework.stereotype.Component;

/**
 * The hall screens as a channel. A post stores the revision for the screens (so that a
 * screen that connects later shows it too) and pushes it to the connected screens that
 * show its category; the report names those screens. A retraction pushes the withdrawal.
 * Internal items never get here (channel-support skips them), and are refused here as
 * well.
 */
@Component
class ScreensPort implements ChannelPort {

	static final String NO_SCREEN = "没有显示该类别的显示屏";

	static final String INTERNAL = "内部事项不在显示屏显示";

	static final String SUPERSEDED = "显示屏已显示该事项的更新修订";

	static final String ALREADY_WITHDRAWN = "该事项已撤回，显示屏不再显示";

	private final ScreenItems items;

	private final ScreenRegistry registry;

	private final ScreenPresence presence;

	private final ScreenChangeFeed feed;

	private final ScreenReconnects reconnects;

	ScreensPort(ScreenItems items, ScreenRegistry registry, ScreenPresence presence, ScreenChangeFeed feed,
			ScreenReconnects reconnects) {
		this.items = items;
		this.registry = registry;
		this.presence = presence;
		this.feed = feed;
		this.reconnects = reconnects;
	}

	@Override
	public Channel channel() {
		return Channel.SCREENS;
	}

	@Override
	public DeliveryOutcome post(Delivery delivery) {
		DisclosurePublished item = delivery.item();
		if (item.visibility() != Visibility.PUBLIC) {
			return new DeliveryOutcome.NotApplicable(null, INTERNAL);
		}
		Instant storedAt = Instant.now();
		ScreenItems.Stored stored = this.items.show(item);
		if (stored.state() == ScreenItems.Stored.State.NEWER_REVISION) {
			return new DeliveryOutcome.NotApplicable(null, SUPERSEDED);
		}
		if (stored.state() == ScreenItems.Stored.State.WITHDRAWN) {
			return new DeliveryOutcome.NotApplicable(null, ALREADY_WITHDRAWN);
		}
		List<String> showing = this.registry.showing(item.category());
		if (showing.isEmpty()) {
			return new DeliveryOutcome.NotApplicable(null, NO_SCREEN);
		}
		Set<String> reached = new TreeSet<>(this.feed.passOn(stored.change()));
		// Connected to another instance: that one passes the change on within a poll.
		reached.addAll(this.presence.onlineElsewhere(showing));
		reached.retainAll(showing);
		if (reached.isEmpty()) {
			// A screen whose stream is being recycled shows the item from its next
			// snapshot.
			reached.addAll(this.reconnects.awaitReturn(showing, storedAt));
		}
		if (reached.isEmpty()) {
			return new DeliveryOutcome.NeedsStaff(null, "显示屏均不在线：" + String.join("、", showing) + "；屏幕重新连接后将自动显示");
		}
		Set<String> away = new TreeSet<>(showing);
		away.removeAll(reached);
		String note = away.isEmpty() ? null : "未在线的显示屏重新连接后将自动显示：" + String.join("、", away);
		return new DeliveryOutcome.Delivered(String.join(",", reached), note);
	}

	@Override
	public DeliveryOutcome retract(Retraction retraction) {
		this.items.withdraw(retraction.itemId(), retraction.revision()).ifPresent(this.feed::passOn);
		return new DeliveryOutcome.Retracted(retraction.externalRef(), null);
	}

}
