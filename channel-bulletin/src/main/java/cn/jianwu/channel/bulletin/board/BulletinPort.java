package cn.jianwu.channel.bulletin.board;

import cn.jianwu.channel.support.ChannelPort;
import cn.jianwu.channel.support.Delivery;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.Retraction;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;

import org.springframework.stereotype.Component;

/**
 * The LAN bulletin as a channel: a post puts the revision on the board (internal items
 * included, the bulletin is where they belong), a retraction takes it off. Both are
 * conditional on the revision, so a repeated call changes nothing.
 */
@Component
class BulletinPort implements ChannelPort {

	static final String SUPERSEDED = "公告栏已显示该事项的更新修订";

	static final String ALREADY_WITHDRAWN = "该事项已撤回，公告栏不再显示";

	private final BulletinBoard board;

	BulletinPort(BulletinBoard board) {
		this.board = board;
	}

	@Override
	public Channel channel() {
		return Channel.BULLETIN;
	}

	@Override
	public DeliveryOutcome post(Delivery delivery) {
		DisclosurePublished item = delivery.item();
		BulletinBoard.Shown shown = this.board.show(item);
		if (shown == BulletinBoard.Shown.NEWER_REVISION) {
			return new DeliveryOutcome.NotApplicable(null, SUPERSEDED);
		}
		if (shown == BulletinBoard.Shown.WITHDRAWN) {
			return new DeliveryOutcome.NotApplicable(null, ALREADY_WITHDRAWN);
		}
		return DeliveryOutcome.delivered(BulletinPages.itemPath(item.itemId()));
	}

	@Override
	public DeliveryOutcome retract(Retraction retraction) {
		this.board.withdraw(retraction.itemId(), retraction.revision());
		return new DeliveryOutcome.Retracted(retraction.externalRef(), null);
	}

}
