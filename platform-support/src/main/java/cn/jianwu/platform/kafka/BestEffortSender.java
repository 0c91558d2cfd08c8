package cn.jianwu.platform.kafka;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import cn.jianwu.events.EventType;
import cn.jianwu.events.PlatformEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Sends statistics events (a query answered, a WeChat binding made) that must never hold
 * up the request that caused them: the caller hands the event over and returns at once;
 * one sender thread takes events from a bounded queue. A send that fails (the broker away
 * for longer than {@code jianwu.kafka.send-timeout}) or an event that finds the queue
 * full is counted ({@code jianwu.events.lost}, tagged with the event type and the cause)
 * and logged without the event's content, then forgotten. Events that must not be lost go
 * through a service's transactional outbox instead.
 */
public class BestEffortSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BestEffortSender.class);

	private final EventSender sender;

	private final MeterRegistry meters;

	private final ThreadPoolExecutor executor;

	public BestEffortSender(EventSender sender, int queueCapacity, MeterRegistry meters) {
		this.sender = sender;
		this.meters = meters;
		// the thread starts with the first event: services that never send one pay
		// nothing
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
				(runnable) -> {
					Thread thread = new Thread(runnable, "best-effort-events");
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
	}

	/** Sends the event soon; never blocks and never throws. */
	public void send(PlatformEvent event) {
		try {
			this.executor.execute(() -> sendNow(event));
		}
		catch (RuntimeException ex) {
			// queue full (the broker away for long under load), or shutting down
			lost(event, "queue-full", ex);
		}
	}

	private void sendNow(PlatformEvent event) {
		try {
			this.sender.send(event).whenComplete((result, failure) -> {
				if (failure != null) {
					lost(event, "send-failed", failure);
				}
			});
		}
		catch (RuntimeException ex) {
			// KafkaTemplate throws when it waited max.block.ms for the broker's metadata
			lost(event, "send-failed", ex);
		}
	}

	private void lost(PlatformEvent event, String cause, Throwable failure) {
		String type = EventType.of(event).ceType();
		Counter counter = this.meters.counter("jianwu.events.lost", "type", type, "cause", cause);
		counter.increment();
		long count = (long) counter.count();
		// one line per event at first, then every thousandth: an outage under load must
		// not flood the log
		if (count <= 10 || count % 1000 == 0) {
			log.warn("{} event not sent ({}, {} so far): {}", type, cause, count, failure.getClass().getSimpleName());
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(5, TimeUnit.SECONDS);
	}

}
