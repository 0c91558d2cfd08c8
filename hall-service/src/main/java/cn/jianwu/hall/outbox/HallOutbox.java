package cn.jianwu.hall.outbox;

import cn.jianwu.events.PlatformEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an event in the same transaction as the change that caused it. Spring
 * Modulith's event publication registry keeps it (table {@code event_publication}) until
 * platform-support's outbox relay has handed it to Kafka, so neither a crash between
 * commit and send nor a broker outage loses a {@code hall.events} event, and a
 * rolled-back change sends nothing.
 */
@Component
public class HallOutbox {

	private final ApplicationEventPublisher events;

	HallOutbox(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(PlatformEvent event) {
		this.events.publishEvent(event);
	}

}
