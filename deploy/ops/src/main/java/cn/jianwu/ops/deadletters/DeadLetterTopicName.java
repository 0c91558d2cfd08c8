package cn.jianwu.ops.deadletters;

/**
 * What a dead-letter topic's name says: {@code <original topic>.<consumer group>.dlt}
 * (platform-events {@code Topics.deadLetter}).
 *
 * @param deadLetterTopic the dead-letter topic
 * @param originalTopic the topic the consumer read the record from
 * @param consumer the consumer group that failed the record
 */
record DeadLetterTopicName(String deadLetterTopic, String originalTopic, String consumer) {

	static final String SUFFIX = ".dlt";

	static boolean isDeadLetterTopic(String topic) {
		return topic.endsWith(SUFFIX) && topic.length() > SUFFIX.length();
	}

	/**
	 * Reads a dead-letter topic's name.
	 * @param deadLetterTopic the name
	 * @param originalTopicHeader the original topic that Spring Kafka's dead-letter
	 * recoverer records with each record, or null. Topic names may contain dots; group
	 * names on this platform do not, so without the header the group is the last part.
	 * @return the parts
	 * @throws IllegalArgumentException when the name is not that of a dead-letter topic
	 */
	static DeadLetterTopicName parse(String deadLetterTopic, String originalTopicHeader) {
		if (!isDeadLetterTopic(deadLetterTopic)) {
			throw new IllegalArgumentException("not a dead-letter topic (<topic>.<group>.dlt): " + deadLetterTopic);
		}
		String stem = deadLetterTopic.substring(0, deadLetterTopic.length() - SUFFIX.length());
		if (originalTopicHeader != null && stem.startsWith(originalTopicHeader + ".")
				&& stem.length() > originalTopicHeader.length() + 1) {
			return new DeadLetterTopicName(deadLetterTopic, originalTopicHeader,
					stem.substring(originalTopicHeader.length() + 1));
		}
		int dot = stem.lastIndexOf('.');
		if (dot <= 0 || dot == stem.length() - 1) {
			throw new IllegalArgumentException("not a dead-letter topic (<topic>.<group>.dlt): " + deadLetterTopic);
		}
		return new DeadLetterTopicName(deadLetterTopic, stem.substring(0, dot), stem.substring(dot + 1));
	}

}
