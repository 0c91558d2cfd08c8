package cn.jianwu.channel.bulletin.screens;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A screen's Server-Sent Events: {@code snapshot} on every (re)connect, then
 * {@code item}, {@code withdrawn}, {@code agenda} (today's agenda panel, whenever it
 * changes) and a {@code ping} heartbeat. The ids of items and withdrawals are the global
 * order of changes. A reconnecting page sends {@code Last-Event-ID}, but gets a full
 * snapshot all the same: a screen holds a few dozen items, and a snapshot is right
 * whatever was missed (a restart, a change of the screen's categories, a withdrawal while
 * away), where replaying changes would have to get every such case right.
 */
@RestController
class ScreenStreamController {

	private final ScreenRegistry registry;

	private final ScreenHub hub;

	ScreenStreamController(ScreenRegistry registry, ScreenHub hub) {
		this.registry = registry;
		this.hub = hub;
	}

	@GetMapping(path = "/screens/{screenId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable String screenId) {
		Screen screen = this.registry.find(screenId).orElseThrow(() -> ScreenNotFound.of(screenId));
		return this.hub.connect(screen);
	}

}
