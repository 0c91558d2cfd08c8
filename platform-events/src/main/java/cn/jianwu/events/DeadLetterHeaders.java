package cn.jianwu.events;

/**
 * The platform's own headers on dead letters and their replays: written by the services
 * (channel-support's failed deliveries, platform-support's replay filter) and by the
 * launcher's dead-letter tool, which must agree on every name.
 */
public final class DeadLetterHeaders {

	/** The consumer group a replayed record is meant for; every other group skips it. */
	public static final String REPLAY_FOR = "jianwu-replay-for";

	/** What the headers a channel adapter adds to a failed delivery start with. */
	public static final String CHANNEL_PREFIX = "jianwu_dlt_";

	/** The reason staff saw in the {@code FAILED} report. */
	public static final String REASON = CHANNEL_PREFIX + "reason";

	/** Which delivery failed: {@code item@revision/channel/operation}. */
	public static final String DELIVERY = CHANNEL_PREFIX + "delivery";

	private DeadLetterHeaders() {
	}

}
