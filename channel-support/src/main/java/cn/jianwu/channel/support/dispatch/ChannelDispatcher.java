package cn.jianwu.channel.support.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianwu.channel.support.ChannelPort;
import cn.jianwu.channel.support.ChannelProperties;
import cn.jianwu.channel.support.Delivery;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.Retraction;
import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.LedgerKey;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.channel.support.ledger.Operation;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.PlatformEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through one channel's queue in the ledger on a thread of its own: claims due
 * rows, calls the channel through {@link ChannelResilience}, records the outcome and
 * sends the report. Woken at once when the listener queues work, so a delivery does not
 * wait for the next poll.
 */
public class ChannelDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ChannelDispatcher.class);

	private final ChannelPort port;

	private final DeliveryLedger ledger;

	private final ChannelResilience resilience;

	private final DeliveryReports reports;

	private final DeadLetters deadLetters;

	private final ChannelProperties properties;

	private final String owner;

	private final Verdicts verdicts;

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	private volatile ScheduledExecutorService executor;

	private volatile ScheduledExecutorService leases;

	public ChannelDispatcher(ChannelPort port, DeliveryLedger ledger, ChannelResilience resilience,
			DeliveryReports reports, DeadLetters deadLetters, ChannelProperties properties, String owner) {
		this.port = port;
		this.ledger = ledger;
		this.resilience = resilience;
		this.reports = reports;
		this.deadLetters = deadLetters;
		this.properties = properties;
		this.owner = owner;
		this.verdicts = new Verdicts(resilience.openFor(), properties.awaitingCheckAfter(),
				properties.awaitingTimeout());
	}

	public Channel channel() {
		return this.port.channel();
	}

	/** Looks at the queue now instead of at the next poll. */
	public void wakeUp() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.wakeUpPending.compareAndSet(false, true)) {
			current.execute(() -> {
				this.wakeUpPending.set(false);
				drain();
				flush();
			});
		}
	}

	/** Works until no row is due; answers how many rows it handled. */
	public int drain() {
		int handled = 0;
		try {
			List<LedgerEntry> due;
			do {
				due = this.ledger.claimDue(this.port.channel(), this.owner, this.properties.lease(),
						this.properties.batchSize());
				due.forEach(this::handle);
				handled += due.size();
				if (!due.isEmpty()) {
					flush();
				}
			}
			while (due.size() == this.properties.batchSize() && this.executor != null);
		}
		catch (RuntimeException ex) {
			log.warn("{} queue not worked through, will try again: {}", this.port.channel().id(), ex.toString());
		}
		return handled;
	}

	/** Sends reports and dead letters that are still pending. */
	public void flush() {
		try {
			this.reports.sendPending();
			this.deadLetters.sendPending();
		}
		catch (RuntimeException ex) {
			log.warn("Pending reports not sent, will try again: {}", ex.toString());
		}
	}

	private void handle(LedgerEntry entry) {
		CallDoubt doubt = new CallDoubt(entry.inDoubt());
		Duration wait = this.resilience.permit();
		if (!wait.isZero()) {
			settle(entry, this.verdicts.rateLimited(wait), 0);
			return;
		}
		AtomicInteger calls = new AtomicInteger();
		try {
			DeliveryOutcome outcome = (entry.key().operation() == Operation.POST) ? post(entry, calls, doubt)
					: retract(entry, calls);
			settle(entry, this.verdicts.answered(outcome), calls.get());
		}
		catch (Exception ex) {
			if (ex instanceof TimeoutException) {
				doubt.timedOut();
			}
			if (!Verdicts.expected(ex)) {
				log.error("Delivery {} failed unexpectedly", entry.key(), ex);
			}
			// a post's doubt outlives every failure: a later try looks it up first
			if (entry.key().operation() == Operation.POST && doubt.inDoubt() && !entry.inDoubt()) {
				this.ledger.markInDoubt(entry.key(), this.owner);
			}
			settle(entry, this.verdicts.failed(ex, entry, calls.get(), doubt.inDoubt(), Instant.now()), calls.get());
		}
	}

	private void settle(LedgerEntry entry, Verdict verdict, int calls) {
		LedgerKey key = entry.key();
		if (verdict instanceof Verdict.Defer defer) {
			this.ledger.defer(key, this.owner, Instant.now().plus(defer.after()), calls, defer.reason());
			log.info("{} deferred {} s after {} call(s): {}", key, defer.after().toSeconds(), calls, defer.reason());
		}
		else if (verdict instanceof Verdict.Finish finish) {
			this.ledger.finish(key, this.owner, finish.status(), calls, finish.externalRef(), finish.reason(),
					finish.deadLetter());
			if (finish.deadLetter()) {
				log.warn("{} {} after {} call(s): {}", key, finish.status(), calls, finish.reason());
			}
			else {
				log.info("{} {} after {} call(s), ref {}", key, finish.status(), calls, finish.externalRef());
			}
		}
	}

	private DeliveryOutcome post(LedgerEntry entry, AtomicInteger calls, CallDoubt doubt) throws Exception {
		DisclosurePublished item = publication(entry.event().decode().payload());
		String replacedRef = this.ledger.posts(item.itemId(), this.port.channel())
			.stream()
			.filter((post) -> post.key().revision() < item.revision() && post.status() == LedgerStatus.DELIVERED)
			.reduce((older, newer) -> newer)
			.map(LedgerEntry::externalRef)
			.orElse(null);
		Delivery delivery = new Delivery(item, entry.replacesRevision(), replacedRef, entry.round());
		return this.resilience.call(() -> {
			calls.incrementAndGet();
			if (doubt.inDoubt()) {
				Optional<DeliveryOutcome> found = this.port.findPost(delivery);
				if (found.isPresent()) {
					log.info("{} was in doubt and the channel has the post: not posted again", entry.key());
					return found.get();
				}
			}
			int attempt = doubt.calling();
			try {
				DeliveryOutcome outcome = this.port.post(delivery);
				doubt.answered(attempt);
				return outcome;
			}
			catch (TransientChannelException ex) {
				if (!ex.isUnanswered()) {
					doubt.answered(attempt);
				}
				throw ex;
			}
			catch (RuntimeException ex) {
				doubt.answered(attempt);
				throw ex;
			}
		});
	}

	private DeliveryOutcome retract(LedgerEntry entry, AtomicInteger calls) throws Exception {
		LedgerKey key = entry.key();
		Optional<LedgerEntry> post = this.ledger
			.find(new LedgerKey(key.itemId(), key.revision(), key.channel(), Operation.POST))
			.filter((found) -> found.status() == LedgerStatus.DELIVERED);
		if (post.isEmpty()) {
			return new DeliveryOutcome.NotApplicable(null, "该修订未在此渠道发布，无需撤回");
		}
		Retraction retraction = new Retraction(key.itemId(), key.revision(), post.get().externalRef(), entry.reason(),
				entry.round());
		return this.resilience.call(() -> {
			calls.incrementAndGet();
			return this.port.retract(retraction);
		});
	}

	private static DisclosurePublished publication(PlatformEvent event) {
		if (event instanceof DisclosureRevised revised) {
			return revised.asPublished();
		}
		if (event instanceof DisclosurePublished published) {
			return published;
		}
		throw new IllegalStateException("A post was queued for " + event.getClass().getSimpleName());
	}

	public void start() {
		int taken = this.ledger.takeBackOwn(this.port.channel(), this.owner);
		if (taken > 0) {
			log.warn("{}: took back {} row(s) this instance held when it stopped; they are in doubt",
					this.port.channel().id(), taken);
		}
		ScheduledExecutorService started = singleThread("-dispatcher");
		this.executor = started;
		long every = this.properties.pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::drain, 0, every, TimeUnit.MILLISECONDS);
		long sweep = this.properties.sweepInterval().toMillis();
		started.scheduleWithFixedDelay(this::flush, sweep, sweep, TimeUnit.MILLISECONDS);
		// on a thread of its own: the dispatcher's is busy with the very calls the lease
		// covers
		ScheduledExecutorService renewing = singleThread("-leases");
		this.leases = renewing;
		long renew = this.properties.lease().toMillis() / 3;
		renewing.scheduleWithFixedDelay(this::renewLeases, renew, renew, TimeUnit.MILLISECONDS);
	}

	private ScheduledExecutorService singleThread(String suffix) {
		return Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, this.port.channel().id() + suffix);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Keeps the rows this instance works on while their calls take their time. */
	private void renewLeases() {
		try {
			this.ledger.renewLeases(this.port.channel(), this.owner, this.properties.lease());
		}
		catch (RuntimeException ex) {
			log.warn("{} leases not renewed, will try again: {}", this.port.channel().id(), ex.toString());
		}
	}

	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(15, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		ScheduledExecutorService renewing = this.leases;
		this.leases = null;
		if (renewing != null) {
			renewing.shutdownNow();
		}
	}

	public boolean isRunning() {
		return this.executor != null;
	}

}
