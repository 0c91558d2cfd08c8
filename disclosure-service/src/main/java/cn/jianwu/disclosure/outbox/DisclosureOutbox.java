package cn.jianwu.disclosure.outbox;

import cn.jianwu.events.PlatformEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an event in the same transaction as the state change that caused it. Spring
 * Modulith's event publication registry keeps it until platform-support's outbox relay
 * has handed it to Kafka, so a crash between commit and send loses nothing.
 */
@Component
public class DisclosureOutbox {

	private final ApplicationEventPublisher events;

	DisclosureOutbox(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Transactional
	public void record(PlatformEvent event) {
		this.events.publishEvent(event);
	}

}
