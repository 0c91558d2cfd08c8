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
