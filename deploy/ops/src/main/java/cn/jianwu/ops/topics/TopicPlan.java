package cn.jianwu.ops.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.PlatformService;

/**
 * The topics a Kafka cluster must hold before the platform runs, as platform-catalogue
 * says: every platform topic, and one dead-letter topic per consumer and topic, with
 * their partitions and settings.
 */
final class TopicPlan {

	private TopicPlan() {
	}

	/**
	 * @param minInsyncReplicas {@code min.insync.replicas} of every topic (the producers
	 * use {@code acks=all})
	 */
	static List<Topic> of(int minInsyncReplicas) {
		List<Topic> topics = new ArrayList<>();
		for (String topic : Catalogue.topics()) {
			topics.add(new Topic(topic, Catalogue.TOPIC_PARTITIONS, settings(minInsyncReplicas, false),
					String.join(", ", Catalogue.publishers(topic)), String.join(", ", Catalogue.consumers(topic))));
		}
		for (PlatformService service : Catalogue.SERVICES) {
			for (String deadLetters : service.deadLetterTopics()) {
				topics.add(new Topic(deadLetters, Catalogue.DEAD_LETTER_PARTITIONS, settings(minInsyncReplicas, true),
						service.name() + "'s error handler", "an operator (dead-letters replay)"));
			}
		}
		return List.copyOf(topics);
	}

	private static Map<String, String> settings(int minInsyncReplicas, boolean deadLetters) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("min.insync.replicas", Integer.toString(minInsyncReplicas));
		settings.put("retention.ms", deadLetters ? Long.toString(Catalogue.DEAD_LETTER_RETENTION.toMillis())
				: Long.toString(Catalogue.TOPIC_RETENTION_MS));
		return settings;
	}

	/**
	 * One topic to create.
	 *
	 * @param name its name
	 * @param partitions how many partitions it gets
	 * @param settings its topic configuration
	 * @param writtenBy who writes it
	 * @param readBy who reads it
	 */
	record Topic(String name, int partitions, Map<String, String> settings, String writtenBy, String readBy) {

	}

}
