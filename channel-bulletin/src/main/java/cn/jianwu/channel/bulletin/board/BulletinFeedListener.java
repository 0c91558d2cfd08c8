package cn.jianwu.channel.bulletin.board;

import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Puts published items on the bulletin and takes withdrawn ones off. Items that did not
 * choose the bulletin are left out.
 */
@Component
class BulletinFeedListener {

	private static final Logger log = LoggerFactory.getLogger(BulletinFeedListener.class);

	private final BulletinBoard board;

	BulletinFeedListener(BulletinBoard board) {
		this.board = board;
	}

	@KafkaListener(id = "bulletin-board", idIsGroup = false, topics = Topics.DISCLOSURE_EVENTS)
	void onDisclosureEvent(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = KafkaEnvelope.fromRecord(record);
		if (event.payload() instanceof DisclosureRevised revised) {
			show(revised.asPublished(), event.id());
		}
		else if (event.payload() instanceof DisclosurePublished published) {
			show(published, event.id());
		}
		else if (event.payload() instanceof DisclosureWithdrawn withdrawn) {
			this.board.withdraw(withdrawn, event.id());
			log.info("Bulletin withdrew item {} revision {}", withdrawn.itemId(), withdrawn.revision());
		}
	}

	private void show(DisclosurePublished published, String eventId) {
		if (published.deliversTo(Channel.BULLETIN)) {
			this.board.show(published, eventId);
			log.info("Bulletin shows item {} revision {}", published.itemId(), published.revision());
		}
	}

}
