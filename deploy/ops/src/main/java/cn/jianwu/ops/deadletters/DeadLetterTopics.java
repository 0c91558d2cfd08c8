package cn.jianwu.ops.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.events.DeadLetterHeaders;
import cn.jianwu.infra.Table;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code dead-letters}: every dead-letter topic with how many records it holds, how many
 * were not replayed yet, and when, of what type and why its oldest and newest record
 * failed. Only headers are read out: payloads may hold personal data.
 */
final class DeadLetterTopics {

	private static final int MAX_ERROR_LENGTH = 120;

	private final String bootstrapServers;

	DeadLetterTopics(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	List<Summary> list() throws InterruptedException, ExecutionException, TimeoutException {
		try (Admin admin = Admin
			.create(DeadLetterKafka.clientProperties(this.bootstrapServers, "jianwu-dead-letters-list"))) {
			List<String> topics = admin.listTopics()
				.names()
				.get(DeadLetterKafka.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.stream()
				.filter(DeadLetterTopicName::isDeadLetterTopic)
				.sorted()
				.toList();
			if (topics.isEmpty()) {
				return List.of();
			}
			Map<String, TopicDescription> descriptions = admin.describeTopics(topics)
				.allTopicNames()
				.get(DeadLetterKafka.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			descriptions.values().forEach((description) -> description.partitions().forEach((partition) -> {
				TopicPartition tp = new TopicPartition(description.name(), partition.partition());
				earliest.put(tp, OffsetSpec.earliest());
				latest.put(tp, OffsetSpec.latest());
			}));
			Map<TopicPartition, ListOffsetsResultInfo> first = admin.listOffsets(earliest)
				.all()
				.get(DeadLetterKafka.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(latest)
				.all()
				.get(DeadLetterKafka.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			Map<TopicPartition, OffsetAndMetadata> replayed = admin
				.listConsumerGroupOffsets(DeadLetterKafka.REPLAY_GROUP)
				.partitionsToOffsetAndMetadata()
				.get(DeadLetterKafka.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			List<Summary> summaries = new ArrayList<>();
			try (KafkaConsumer<byte[], byte[]> consumer = sampler()) {
				for (String topic : topics) {
					summaries.add(summary(topic, first, end, replayed, consumer));
				}
			}
			return summaries;
		}
	}

	private Summary summary(String topic, Map<TopicPartition, ListOffsetsResultInfo> first,
			Map<TopicPartition, ListOffsetsResultInfo> end, Map<TopicPartition, OffsetAndMetadata> replayed,
			KafkaConsumer<byte[], byte[]> consumer) {
		long records = 0;
		long notReplayed = 0;
		Map<TopicPartition, Long> firstOffsets = new HashMap<>();
		Map<TopicPartition, Long> lastOffsets = new HashMap<>();
		for (Map.Entry<TopicPartition, ListOffsetsResultInfo> entry : first.entrySet()) {
			TopicPartition tp = entry.getKey();
			if (!tp.topic().equals(topic)) {
				continue;
			}
			long from = entry.getValue().offset();
			long to = end.get(tp).offset();
			records += to - from;
			OffsetAndMetadata committed = replayed.get(tp);
			notReplayed += to - Math.max(from, (committed != null) ? committed.offset() : 0);
			if (to > from) {
				firstOffsets.put(tp, from);
				lastOffsets.put(tp, to - 1);
			}
		}
		List<Sample> firsts = samples(consumer, firstOffsets);
		List<Sample> lasts = samples(consumer, lastOffsets);
		Sample oldest = firsts.stream().min(Comparator.comparing(Sample::time)).orElse(null);
		Sample newest = lasts.stream().max(Comparator.comparing(Sample::time)).orElse(null);
		return new Summary(topic, records, notReplayed, oldest, newest);
	}

	/** The records at the given offsets (or the next ones after them), headers only. */
	private static List<Sample> samples(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> offsets) {
		List<Sample> samples = new ArrayList<>();
		if (offsets.isEmpty()) {
			return samples;
		}
		consumer.assign(offsets.keySet());
		offsets.forEach(consumer::seek);
		Map<TopicPartition, Long> wanted = new HashMap<>(offsets);
		long deadline = System.nanoTime() + DeadLetterKafka.TIMEOUT.toNanos();
		while (!wanted.isEmpty() && System.nanoTime() < deadline) {
			for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
				TopicPartition tp = new TopicPartition(record.topic(), record.partition());
				Long offset = wanted.get(tp);
				if (offset != null && record.offset() >= offset) {
					samples.add(Sample.of(record));
					wanted.remove(tp);
					consumer.pause(List.of(tp));
				}
			}
		}
		consumer.unsubscribe();
		return samples;
	}

	private KafkaConsumer<byte[], byte[]> sampler() {
		Map<String, Object> properties = DeadLetterKafka.clientProperties(this.bootstrapServers,
				"jianwu-dead-letters-list");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		// the payloads are fetched with the headers, never decoded; small fetches
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
		return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	static String render(String bootstrapServers, List<Summary> summaries) {
		if (summaries.isEmpty()) {
			return "  no dead-letter topics (*.dlt) on " + bootstrapServers + "\n";
		}
		Table table = new Table("DEAD-LETTER TOPIC", "RECORDS", "NOT REPLAYED", "OLDEST", "NEWEST");
		for (Summary summary : summaries) {
			table.row(summary.topic(), Long.toString(summary.records()), Long.toString(summary.notReplayed()),
					time(summary.oldest()), time(summary.newest()));
		}
		StringBuilder text = new StringBuilder(table.render());
		for (Summary summary : summaries) {
			if (summary.oldest() == null && summary.newest() == null) {
				continue;
			}
			text.append('\n').append("  ").append(summary.topic()).append('\n');
			line(text, "oldest", summary.oldest());
			line(text, "newest", summary.newest());
		}
		text.append("\n  replay one: dead-letters replay <dead-letter topic>\n");
		return text.toString();
	}

	private static void line(StringBuilder text, String label, Sample sample) {
		if (sample != null) {
			text.append("    ")
				.append(label)
				.append("  ")
				.append(time(sample))
				.append("  ")
				.append(or(sample.type(), "(no ce_type)"))
				.append("  ")
				.append(or(sample.error(), "(no error recorded)"))
				.append('\n');
		}
	}

	private static String time(Sample sample) {
		return (sample != null) ? OffsetDateTime.ofInstant(sample.time(), ZoneId.systemDefault())
			.truncatedTo(ChronoUnit.SECONDS)
			.toString() : "-";
	}

	private static String or(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	/**
	 * One dead-letter topic.
	 *
	 * @param topic its name
	 * @param records how many records it holds
	 * @param notReplayed how many of them {@code dead-letters replay} has not replayed
	 * @param oldest its oldest record, or null when empty
	 * @param newest its newest record, or null when empty
	 */
	record Summary(String topic, long records, long notReplayed, Sample oldest, Sample newest) {

	}

	/**
	 * What is shown of one dead letter: nothing from its payload.
	 *
	 * @param time when it was dead-lettered
	 * @param type its CloudEvents type
	 * @param error the failure's class and message (shortened), or the delivery's reason
	 */
	record Sample(Instant time, String type, String error) {

		static Sample of(ConsumerRecord<byte[], byte[]> record) {
			return new Sample(Instant.ofEpochMilli(record.timestamp()),
					DeadLetterKafka.header(record.headers(), DeadLetterKafka.TYPE_HEADER), error(record));
		}

		private static String error(ConsumerRecord<byte[], byte[]> record) {
			String cause = DeadLetterKafka.header(record.headers(), DeadLetterKafka.EXCEPTION_CAUSE_FQCN_HEADER);
			String exception = (cause != null) ? cause
					: DeadLetterKafka.header(record.headers(), DeadLetterKafka.EXCEPTION_FQCN_HEADER);
			String message = DeadLetterKafka.header(record.headers(), DeadLetterKafka.EXCEPTION_MESSAGE_HEADER);
			String reason = DeadLetterKafka.header(record.headers(), DeadLetterHeaders.REASON);
			String error;
			if (exception != null) {
				error = simpleName(exception) + ((message != null) ? ": " + message : "");
			}
			else if (reason != null) {
				error = "delivery failed: " + reason;
			}
			else {
				return null;
			}
			return shorten(error);
		}

		private static String simpleName(String className) {
			return className.substring(className.lastIndexOf('.') + 1);
		}

		private static String shorten(String text) {
			String line = text.replaceAll("\\s+", " ").strip();
			return (line.length() <= MAX_ERROR_LENGTH) ? line : line.substring(0, MAX_ERROR_LENGTH - 1) + "…";
		}

	}

}
