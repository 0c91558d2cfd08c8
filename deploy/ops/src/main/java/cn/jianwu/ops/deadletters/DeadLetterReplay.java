package cn.jianwu.ops.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.events.DeadLetterHeaders;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code dead-letters replay <topic>}: puts each record of a dead-letter topic that was
 * not replayed yet back on its original topic, with its key, value and headers, marked
 * {@code jianwu-replay-for=<group>} so that only the consumer group that failed it
 * handles it again (platform-support ReplayFilter). Spring Kafka's and channel-support's
 * dead-letter headers (why it failed, stack trace) are left behind: the consumer gets the
 * record as it first arrived.
 * <p>
 * Exactly once: the dead-letter topic is read as consumer group
 * {@value DeadLetterKafka#REPLAY_GROUP} from its committed offsets, and every batch is
 * published in one Kafka transaction together with that group's offsets
 * ({@code sendOffsetsToTransaction}). A replay that crashes leaves an aborted
 * transaction, which read_committed consumers never see, and its offsets uncommitted; the
 * next run starts where the last committed batch ended. The transactional id is fixed per
 * dead-letter topic, so the next run also fences a crashed one that is still hanging.
 */
final class DeadLetterReplay {

	private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

	private final String bootstrapServers;

	DeadLetterReplay(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	static String transactionalId(String deadLetterTopic) {
		return DeadLetterKafka.REPLAY_GROUP + "-" + deadLetterTopic;
	}

	/**
	 * Replays what was not replayed yet.
	 * @param deadLetterTopic the dead-letter topic
	 * @return how many records went back to which topic, for which consumer
	 * @throws IllegalArgumentException when there is no such dead-letter topic
	 * @throws IllegalStateException when the replay could not finish; what was committed
	 * before stays replayed, the rest is replayed by the next run
	 */
	Outcome replay(String deadLetterTopic) throws InterruptedException, ExecutionException, TimeoutException {
		DeadLetterTopicName.parse(deadLetterTopic, null);
		requireTopic(deadLetterTopic);
		Map<String, Integer> replayed = new TreeMap<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer();
				KafkaProducer<byte[], byte[]> producer = producer(deadLetterTopic)) {
			producer.initTransactions();
			Set<TopicPartition> assigned = new HashSet<>();
			consumer.subscribe(List.of(deadLetterTopic), new ConsumerRebalanceListener() {

				@Override
				public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
					assigned.removeAll(partitions);
				}

				@Override
				public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
					assigned.addAll(partitions);
				}

			});
			Map<TopicPartition, Long> ends = new HashMap<>();
			long started = System.nanoTime();
			long progressed = System.nanoTime();
			while (true) {
				ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
				if (!records.isEmpty()) {
					publish(records, consumer, producer, replayed);
					progressed = System.nanoTime();
				}
				if (assigned.isEmpty()) {
					if (System.nanoTime() - started > JOIN_TIMEOUT.toNanos()) {
						throw new IllegalStateException("could not join consumer group " + DeadLetterKafka.REPLAY_GROUP
								+ " within " + JOIN_TIMEOUT.toSeconds() + " s (is another replay running?)");
					}
					continue;
				}
				// what was there when this run got the partitions; later dead letters
				// wait
				// for the next run
				for (TopicPartition partition : assigned) {
					ends.computeIfAbsent(partition,
							(tp) -> consumer.endOffsets(List.of(tp), DeadLetterKafka.TIMEOUT).get(tp));
				}
				if (assigned.stream().allMatch((tp) -> consumer.position(tp) >= ends.get(tp))) {
					return new Outcome(deadLetterTopic, replayed);
				}
				if (System.nanoTime() - progressed > STALL_TIMEOUT.toNanos()) {
					throw new IllegalStateException("no progress for " + STALL_TIMEOUT.toSeconds()
							+ " s; what was replayed so far stays replayed");
				}
			}
		}
	}

	private static void publish(ConsumerRecords<byte[], byte[]> records, KafkaConsumer<byte[], byte[]> consumer,
			KafkaProducer<byte[], byte[]> producer, Map<String, Integer> replayed) {
		Map<String, Integer> batch = new HashMap<>();
		Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
		producer.beginTransaction();
		try {
			for (ConsumerRecord<byte[], byte[]> record : records) {
				DeadLetterTopicName name = DeadLetterTopicName.parse(record.topic(),
						DeadLetterKafka.header(record.headers(), DeadLetterKafka.ORIGINAL_TOPIC_HEADER));
				producer.send(replayOf(record, name));
				batch.merge(name.originalTopic() + " for consumer " + name.consumer(), 1, Integer::sum);
				offsets.put(new TopicPartition(record.topic(), record.partition()),
						new OffsetAndMetadata(record.offset() + 1));
			}
			producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
			producer.commitTransaction();
		}
		catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException ex) {
			// the producer is unusable; the transaction is aborted by the broker
			throw new IllegalStateException("replay stopped (" + ex.getClass().getSimpleName()
					+ "); another replay of this topic may be running", ex);
		}
		catch (KafkaException | IllegalArgumentException ex) {
			producer.abortTransaction();
			throw new IllegalStateException("replay stopped, the batch was rolled back: " + ex.getMessage(), ex);
		}
		batch.forEach((target, count) -> replayed.merge(target, count, Integer::sum));
	}

	static ProducerRecord<byte[], byte[]> replayOf(ConsumerRecord<byte[], byte[]> record, DeadLetterTopicName name) {
		RecordHeaders headers = new RecordHeaders();
		for (Header header : record.headers()) {
			String key = header.key();
			if (!key.startsWith(DeadLetterKafka.SPRING_DLT_PREFIX) && !key.startsWith(DeadLetterHeaders.CHANNEL_PREFIX)
					&& !key.equals(DeadLetterHeaders.REPLAY_FOR)) {
				headers.add(header);
			}
		}
		headers.add(DeadLetterHeaders.REPLAY_FOR, name.consumer().getBytes(StandardCharsets.UTF_8));
		return new ProducerRecord<>(name.originalTopic(), null, record.key(), record.value(), headers);
	}

	private void requireTopic(String topic) throws InterruptedException, ExecutionException, TimeoutException {
		try (Admin admin = Admin.create(DeadLetterKafka.clientProperties(this.bootstrapServers, "jianwu-dlt-replay"))) {
			Set<String> topics = admin.listTopics()
				.names()
				.get(DeadLetterKafka.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (!topics.contains(topic)) {
				throw new IllegalArgumentException(
						"no topic " + topic + " on " + this.bootstrapServers + " (dead-letters lists them)");
			}
		}
	}

	private KafkaConsumer<byte[], byte[]> consumer() {
		Map<String, Object> properties = DeadLetterKafka.clientProperties(this.bootstrapServers, "jianwu-dlt-replay");
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, DeadLetterKafka.REPLAY_GROUP);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
		return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private KafkaProducer<byte[], byte[]> producer(String deadLetterTopic) {
		Map<String, Object> properties = DeadLetterKafka.clientProperties(this.bootstrapServers, "jianwu-dlt-replay");
		properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId(deadLetterTopic));
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) DeadLetterKafka.TIMEOUT.toMillis());
		properties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
		return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
	}

	/**
	 * What a replay did.
	 *
	 * @param deadLetterTopic the dead-letter topic
	 * @param replayed records replayed, by
	 * {@code "<original topic> for consumer <group>"}
	 */
	record Outcome(String deadLetterTopic, Map<String, Integer> replayed) {

		int total() {
			return this.replayed.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
