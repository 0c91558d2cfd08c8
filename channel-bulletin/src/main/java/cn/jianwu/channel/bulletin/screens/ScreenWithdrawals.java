package cn.jianwu.channel.bulletin.screens;

import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.MalformedEventException;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes items off the screens that must no longer be shown, whatever the delivery ledger
 * knows. The screens keep every item that chose them, also when no screen was online to
 * take it (the post is then reported {@code FAILED} for staff), so that a screen that
 * connects later shows it; but channel-support retracts only what it counts as delivered.
 * Without this listener, an item withdrawn while every screen was away would come back on
 * the next connect. It follows its own consumer group and only ever withdraws, so running
 * it next to the delivery listener changes nothing that is already right.
 */
@Component
class ScreenWithdrawals {

	private static final Logger log = LoggerFactory.getLogger(ScreenWithdrawals.class);

	private final ScreenItems items;

	ScreenWithdrawals(ScreenItems items) {
		this.items = items;
	}

	@KafkaListener(id = "screen-withdrawals", groupId = "${spring.application.name}-screen-withdrawals",
			topics = Topics.DISCLOSURE_EVENTS)
	void onDisclosureEvent(ConsumerRecord<String, byte[]> record) {
		PlatformEvent event;
		try {
			event = KafkaEnvelope.fromRecord(record).payload();
		}
		catch (MalformedEventException ex) {
			// The delivery listener puts it on the dead-letter topic.
			return;
		}
		if (event instanceof DisclosureWithdrawn withdrawn) {
			withdraw(withdrawn.itemId(), withdrawn.revision());
		}
		else if (event instanceof DisclosureRevised revised) {
			leftTheScreens(revised.asPublished());
		}
		else if (event instanceof DisclosurePublished published) {
			leftTheScreens(published);
		}
	}

	/** A revision that does not go to the screens ends the older ones there. */
	private void leftTheScreens(DisclosurePublished item) {
		if (!item.deliversTo(Channel.SCREENS) && item.revision() > 1) {
			withdraw(item.itemId(), item.revision() - 1);
		}
	}

	private void withdraw(String itemId, int upToRevision) {
		this.items.withdraw(itemId, upToRevision)
			.ifPresent((change) -> log.info("Screens no longer show item {} up to revision {}", itemId, upToRevision));
	}

}
