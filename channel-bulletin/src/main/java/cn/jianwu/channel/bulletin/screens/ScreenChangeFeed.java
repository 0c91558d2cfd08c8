package cn.jianwu.channel.bulletin.screens;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Passes every change of {@code screen_item} on to the screens connected here exactly
 * once: at once for the changes this instance makes through the screens port, and by
 * polling for the others (another instance's port, the withdrawal listener). So a screen
 * gets an item wherever it is connected, within one poll interval.
 */
@Component
class ScreenChangeFeed implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ScreenChangeFeed.class);

	private static final int REMEMBERED = 10_000;

	private final ScreenItems items;

	private final ScreenHub hub;

	/**
	 * The sequence numbers passed on lately, so the poll's look-back sends none twice.
	 */
	private final Set<Long> passedOn = Collections.newSetFromMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
			return size() > REMEMBERED;
		}

	});

	private long cursor;

	ScreenChangeFeed(ScreenItems items, ScreenHub hub) {
		this.items = items;
		this.hub = hub;
	}

	@Override
	public void afterPropertiesSet() {
		// Screens that connect get a snapshot; older changes need not be sent again.
		this.cursor = this.items.latestSeq();
	}

	/**
	 * Passes a change on now.
	 * @return the ids of the screens here that got it
	 */
	Set<String> passOn(ScreenChange change) {
		remember(change);
		return this.hub.deliver(change);
	}

	@Scheduled(fixedDelayString = "${jianwu.screens.change-poll:500ms}")
	void poll() {
		try {
			for (ScreenChange change : this.items.changesSince(cursor())) {
				if (remember(change)) {
					this.hub.deliver(change);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Screen changes not read, will try again: {}", ex.toString());
		}
	}

	private synchronized long cursor() {
		return this.cursor;
	}

	/**
	 * @return whether the change was new here
	 */
	private synchronized boolean remember(ScreenChange change) {
		this.cursor = Math.max(this.cursor, change.seq());
		return this.passedOn.add(change.seq());
	}

}
