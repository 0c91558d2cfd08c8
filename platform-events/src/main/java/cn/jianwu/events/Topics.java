package cn.jianwu.events;

/**
 * The Kafka topics of the platform. Dead-letter topics are named per consumer: see
 * {@link #deadLetter(String, String)}.
 */
public final class Topics {

	/** Published, revised, withdrawn and redeliver events of disclosure items. */
	public static final String DISCLOSURE_EVENTS = "disclosure.events";

	/** One report per (item, revision, channel, attempt). */
	public static final String CHANNEL_DELIVERIES = "channel.deliveries";

	/** A case's procedural stage changed. */
	public static final String CASE_PROGRESS = "case.progress";

	/**
	 * What the public submitted to the online service hall, and what became of it: ids,
	 * kinds and times only.
	 */
	public static final String HALL_EVENTS = "hall.events";

	/**
	 * Every workflow step of every item (staff-internal: only report-service reads it; no
	 * public channel).
	 */
	public static final String DISCLOSURE_WORKFLOW = "disclosure.workflow";

	/** One event per procedural query: channel and outcome only. */
	public static final String CASE_QUERIES = "case.queries";

	/** channel-wechat's bindings and notices, counted: no follower, case or booking. */
	public static final String WECHAT_ACTIVITY = "wechat.activity";

	private Topics() {
	}

	/**
	 * Each consumer has its own dead-letter topic so that an operator can replay one
	 * consumer's failures without re-feeding the others.
	 */
	public static String deadLetter(String topic, String consumer) {
		return topic + "." + consumer + ".dlt";
	}

}
