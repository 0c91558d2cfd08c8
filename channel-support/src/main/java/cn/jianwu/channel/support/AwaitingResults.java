package cn.jianwu.channel.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.jianwu.channel.support.dispatch.ChannelDispatcher;
import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.events.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Completes posts a channel accepted and answers for later (WeChat's
 * {@code PUBLISHJOBFINISH}): from the channel's callback, from asking the channel when
 * the answer is late, or as {@code FAILED} when it never comes.
 */
public class AwaitingResults implements SmartLifecycle {

	static final String TIMED_OUT = "超时未收到渠道的发布结果，请核实后重试";

	private static final Logger log = LoggerFactory.getLogger(AwaitingResults.class);

	private final DeliveryLedger ledger;

	private final List<ChannelPort> ports;

	private final List<ChannelDispatcher> dispatchers;

	private final ChannelProperties properties;

	private volatile ScheduledExecutorService executor;

	public AwaitingResults(DeliveryLedger ledger, List<ChannelPort> ports, List<ChannelDispatcher> dispatchers,
			ChannelProperties properties) {
		this.ledger = ledger;
		this.ports = ports;
		this.dispatchers = dispatchers;
		this.properties = properties;
	}

	/**
	 * Records the result the channel sent for one of its references.
	 * @return whether a post was waiting for it (a repeated callback finds none)
	 */
	public boolean complete(Channel channel, String externalRef, DeliveryOutcome outcome) {
		Optional<LedgerEntry> waiting = this.ledger.awaiting(channel, externalRef);
		if (waiting.isEmpty()) {
			return false;
		}
		LedgerStatus status = (outcome instanceof DeliveryOutcome.Delivered) ? LedgerStatus.DELIVERED
				: LedgerStatus.FAILED;
		boolean moved = this.ledger.completeAwaiting(waiting.get().key(), status, outcome.externalRef(),
				outcome.note());
		if (moved) {
			log.info("{} {} (result from the channel)", waiting.get().key(), status);
			flush(channel);
		}
		return moved;
	}

	/** Asks about late results and fails those that never came. */
	public void checkLate() {
		Instant now = Instant.now();
		for (ChannelPort port : this.ports) {
			for (LedgerEntry entry : this.ledger.awaitingSince(port.channel(),
					now.minus(this.properties.awaitingCheckAfter()))) {
				Optional<DeliveryOutcome> result = ask(port, entry);
				if (result.isPresent()) {
					complete(port.channel(), entry.externalRef(), result.get());
				}
				else if (entry.updatedAt().isBefore(now.minus(this.properties.awaitingTimeout()))) {
					complete(port.channel(), entry.externalRef(), new DeliveryOutcome.NeedsStaff(null, TIMED_OUT));
				}
			}
		}
	}

	private Optional<DeliveryOutcome> ask(ChannelPort port, LedgerEntry entry) {
		try {
			return port.checkAwaiting(entry.externalRef());
		}
		catch (RuntimeException ex) {
			log.warn("Could not ask {} about {}: {}", port.channel().id(), entry.key(), ex.toString());
			return Optional.empty();
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "awaiting-results");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.sweepInterval().toMillis();
		started.scheduleWithFixedDelay(this::checkLateQuietly, every, every, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	private void checkLateQuietly() {
		try {
			checkLate();
		}
		catch (RuntimeException ex) {
			log.warn("Late results not checked, will try again: {}", ex.toString());
		}
	}

	private void flush(Channel channel) {
		this.dispatchers.stream()
			.filter((dispatcher) -> dispatcher.channel() == channel)
			.forEach(ChannelDispatcher::flush);
	}

}
