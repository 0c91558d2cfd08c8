package cn.jianwu.channel.support;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an adapter works through its ledger.
 *
 * @param pollInterval how often the queue is looked at when nothing woke it up
 * @param batchSize rows claimed at a time
 * @param lease how long a claimed row belongs to one instance unless it renews it (it
 * does every third of the lease while it works); after that another instance takes the
 * row over, in doubt (the first one crashed, perhaps mid-call)
 * @param instanceName this instance's stable name (the pod's or the host's, from the
 * environment): a restarted instance of the same name takes back the rows it held at once
 * instead of waiting for their lease to end. Empty: a name of its own each run
 * @param sweepInterval how often unsent reports and dead letters are sent again
 * @param awaitingCheckAfter when to ask the channel about a result that did not arrive
 * @param awaitingTimeout when a result that never arrived counts as failed
 * @param defaults the resilience settings of every channel not named in {@code channels}
 * @param channels resilience settings by channel id ({@code weibo}, {@code wechat}, …)
 */
@ConfigurationProperties("jianwu.channel")
public record ChannelProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("10") int batchSize,
		@DefaultValue("15s") Duration lease, @DefaultValue("5s") Duration sweepInterval,
		@DefaultValue("30s") Duration awaitingCheckAfter, @DefaultValue("15m") Duration awaitingTimeout,
		@DefaultValue Resilience defaults, Map<String, Resilience> channels, @DefaultValue("") String instanceName) {

	public ChannelProperties {
		channels = (channels != null) ? Map.copyOf(channels) : Map.of();
	}

	/**
	 * Who claims rows in the ledger: the stable instance name, or one of this run's own.
	 */
	public String owner() {
		return this.instanceName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID()
				: this.instanceName.strip();
	}

	public Resilience resilience(String channelId) {
		return this.channels.getOrDefault(channelId, this.defaults);
	}

	/**
	 * Resilience4j around one channel's external calls.
	 *
	 * @param timeout the longest one call may take
	 * @param maxAttempts calls per delivery before it fails (transient errors only)
	 * @param initialBackOff the first wait between calls; then exponential with jitter
	 * @param jitter the randomisation factor of the back-off (0–1)
	 * @param circuitMinimumCalls calls in the window before the failure rate counts;
	 * small, because channels see a few calls an hour
	 * @param circuitOpenFor how long an open circuit refuses calls before trying again;
	 * short, because a channel that times out opens it too, and the deliveries it holds
	 * back (in doubt, to be looked up) should not wait long once the channel answers
	 * @param rateLimit calls allowed per {@code ratePeriod}; more wait in the queue
	 */
	public record Resilience(@DefaultValue("10s") Duration timeout, @DefaultValue("4") int maxAttempts,
			@DefaultValue("500ms") Duration initialBackOff, @DefaultValue("2.0") double multiplier,
			@DefaultValue("0.5") double jitter, @DefaultValue("10s") Duration maxBackOff,
			@DefaultValue("4") int circuitMinimumCalls, @DefaultValue("10") int circuitWindow,
			@DefaultValue("50") float circuitFailureRate, @DefaultValue("15s") Duration circuitOpenFor,
			@DefaultValue("600") int rateLimit, @DefaultValue("1m") Duration ratePeriod) {
	}

}
