package cn.jianwu.disclosure.publication;

import java.time.Clock;
import java.util.UUID;

import cn.jianwu.disclosure.item.ItemRepository;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes approved items whose scheduled time has come. Rows are locked with SKIP
 * LOCKED, so several instances never publish the same item twice.
 */
@Component
class ScheduledPublication {

	private final ItemRepository items;

	private final Publisher publisher;

	private final Clock clock;

	ScheduledPublication(ItemRepository items, Publisher publisher, Clock clock) {
		this.items = items;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${jianwu.publication.check-every:30s}")
	@Transactional
	void publishDue() {
		for (UUID id : this.items.lockDue(this.clock.instant(), 50)) {
			this.items.findById(id).ifPresent(this.publisher::publishIfDue);
		}
	}

}
