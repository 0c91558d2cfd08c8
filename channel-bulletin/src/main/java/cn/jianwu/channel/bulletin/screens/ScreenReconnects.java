package cn.jianwu.channel.bulletin.screens;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rule for a post that reached no screen: a screen whose stream just ended is not
 * away, it is reconnecting. Every stream is recycled after {@code stream-timeout} and the
 * page is back within seconds; the snapshot it then gets is read after the item was
 * stored, so it carries the item. Such a screen counts as reached when it is back within
 * {@code reconnect-grace}; only screens that stay away make the post need staff.
 */
@Component
class ScreenReconnects {

	private static final Logger log = LoggerFactory.getLogger(ScreenReconnects.class);

	private final ScreenPresence presence;

	private final ScreensProperties properties;

	private final Clock clock;

	@Autowired
	ScreenReconnects(ScreenPresence presence, ScreensProperties properties) {
		this(presence, properties, Clock.systemUTC());
	}

	ScreenReconnects(ScreenPresence presence, ScreensProperties properties, Clock clock) {
		this.presence = presence;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Waits, at most the grace period, for screens that have just left to come back.
	 * @param showing the screens that show the item
	 * @param stored when the item was stored for the screens (a connection since then got
	 * it in its snapshot)
	 * @return those that came back; empty when none had just left or none came back
	 */
	Set<String> awaitReturn(Collection<String> showing, Instant stored) {
		Set<String> leaving = this.presence.leftWithin(showing, this.properties.reconnectGrace());
		if (leaving.isEmpty()) {
			return Set.of();
		}
		Instant deadline = this.clock.instant().plus(this.properties.reconnectGrace());
		while (true) {
			Set<String> back = this.presence.connectedSince(leaving, stored);
			if (!back.isEmpty() || !this.clock.instant().isBefore(deadline) || !pause()) {
				log.info("{} of {} screen(s) between streams came back within the grace period", back.size(),
						leaving.size());
				return back;
			}
		}
	}

	private boolean pause() {
		try {
			Thread.sleep(this.properties.reconnectPoll().toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			// the dispatcher's time limit ran out: answer with what came back so far
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
