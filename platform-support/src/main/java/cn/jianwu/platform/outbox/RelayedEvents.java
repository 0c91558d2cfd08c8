package cn.jianwu.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.events.EventJson;
import cn.jianwu.events.PlatformEvent;

/**
 * The events this instance's relay is sending or has sent lately. Modulith's staleness
 * monitor marks a publication failed when its hand-over takes long, and a long queue
 * during a broker outage does; the retry then submits it a second time while the first
 * copy is still queued, and both would be sent. With this, the second copy waits for the
 * first one's outcome (it fails and is retried) or, once the first was acknowledged, is
 * completed without a second record. Duplicates from a restart in between remain
 * possible: the outbox is at least once, and consumers tell copies by the event id.
 */
final class RelayedEvents {

	enum Start {

		/** Nobody sends it: go ahead. */
		SEND,

		/** Another copy is queued or being sent: try again later. */
		IN_FLIGHT,

		/** Acknowledged lately: nothing to send. */
		ALREADY_SENT

	}

	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	private final Map<UUID, Boolean> sent;

	/**
	 * @param remembered how many acknowledged events are remembered (16 bytes each)
	 */
	RelayedEvents(int remembered) {
		this.sent = Collections.synchronizedMap(new LinkedHashMap<>() {

			@Override
			protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
				return size() > remembered;
			}

		});
	}

	/** The same for the same event, whichever copy of it (by type and content). */
	static UUID idOf(PlatformEvent event) {
		byte[] type = event.getClass().getName().getBytes(StandardCharsets.UTF_8);
		byte[] data = EventJson.write(event);
		byte[] name = new byte[type.length + 1 + data.length];
		System.arraycopy(type, 0, name, 0, type.length);
		name[type.length] = '\n';
		System.arraycopy(data, 0, name, type.length + 1, data.length);
		return UUID.nameUUIDFromBytes(name);
	}

	Start start(UUID event) {
		if (this.sent.containsKey(event)) {
			return Start.ALREADY_SENT;
		}
		return this.inFlight.add(event) ? Start.SEND : Start.IN_FLIGHT;
	}

	/** Ends what {@link #start} allowed, remembering the event if the broker took it. */
	void finished(UUID event, boolean acknowledged) {
		if (acknowledged) {
			this.sent.put(event, Boolean.TRUE);
		}
		this.inFlight.remove(event);
	}

}
