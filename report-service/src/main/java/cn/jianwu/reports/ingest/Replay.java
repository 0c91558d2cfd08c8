package cn.jianwu.reports.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.MalformedEventException;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.reports.api.replay.ReplayProgress;
import cn.jianwu.reports.api.replay.ReplayState;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read model from the topics: empties its tables, then reads every topic
 * report-service consumes from offset 0 up to where each partition ended when the rebuild
 * began, and writes through {@link ReadModel#take} as the service's listener does. Its
 * consumer is its own (assigned partitions, no group, nothing committed), so the
 * service's listener keeps running meanwhile: what it takes twice changes nothing, since
 * every write is idempotent, and what arrives after the start it takes alone. The figures
 * of a rebuilt read model are therefore those of the one it replaces.
 */
@Component
public class Replay {

	/**
	 * The read model's tables (V1__read_model.sql), emptied before the rebuild; the
	 * ledger of taken events among them, or a rebuild would find every event taken
	 * already. The features' own tables (obligations, volumes, reports) are not derived
	 * and are kept.
	 */
	public static final List<String> TABLES = List.of("item_revision", "item_withdrawal", "workflow_step",
			"delivery_report", "case_progress", "case_query", "wechat_activity", "hall_event", "calendar_year");

	private static final Logger logger = LoggerFactory.getLogger(Replay.class);

	private static final Duration POLL = Duration.ofSeconds(1);

	private final ReadModel readModel;

	private final JdbcClient jdbc;

	private final ConsumerFactory<?, ?> consumers;

	private final Clock clock;

	private final AtomicReference<ReplayProgress> progress = new AtomicReference<>(ReplayProgress.idle());

	Replay(ReadModel readModel, JdbcClient jdbc, ConsumerFactory<?, ?> consumers, Clock clock) {
		this.readModel = readModel;
		this.jdbc = jdbc;
		this.consumers = consumers;
		this.clock = clock;
	}

	/**
	 * Starts a rebuild in the background, unless one runs.
	 * @return its progress, or {@code null} when one runs already
	 */
	public ReplayProgress start() {
		ReplayProgress current = this.progress.get();
		ReplayProgress started = new ReplayProgress(ReplayState.RUNNING, 0, 0, 0, Map.of(), this.clock.instant(), null,
				null);
		if (current.state() == ReplayState.RUNNING || !this.progress.compareAndSet(current, started)) {
			return null;
		}
		Thread thread = new Thread(this::runStarted, "read-model-replay");
		thread.setDaemon(true);
		thread.start();
		return started;
	}

	public ReplayProgress progress() {
		return this.progress.get();
	}

	private void runStarted() {
		try {
			rebuild();
			ReplayProgress done = this.progress.get();
			this.progress.set(new ReplayProgress(ReplayState.DONE, done.taken(), done.total(), done.skipped(), rows(),
					done.startedAt(), this.clock.instant(), null));
			logger.info("Read model rebuilt from the topics: {} records taken, {} skipped", done.taken(),
					done.skipped());
		}
		catch (RuntimeException ex) {
			logger.error("The rebuild of the read model failed", ex);
			ReplayProgress failed = this.progress.get();
			this.progress.set(new ReplayProgress(ReplayState.FAILED, failed.taken(), failed.total(), failed.skipped(),
					Map.of(), failed.startedAt(), this.clock.instant(), "重建失败：" + ex.getClass().getSimpleName()));
		}
	}

	private void rebuild() {
		// Emptied first, end offsets taken afterwards: whatever the listener wrote before
		// the truncation lies below them and is read again.
		this.jdbc.sql("TRUNCATE " + String.join(", ", TABLES)).update();
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (Consumer<?, ?> consumer = this.consumers.createConsumer(PlatformTopics.SERVICE + "-replay", null,
				"-replay", overrides)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : PlatformTopics.consumed()) {
				for (PartitionInfo partition : consumer.partitionsFor(topic)) {
					partitions.add(new TopicPartition(topic, partition.partition()));
				}
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
			Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
			long total = end.entrySet().stream().mapToLong((e) -> e.getValue() - start.get(e.getKey())).sum();
			update(0, total, 0);
			end.entrySet().removeIf((e) -> e.getValue() <= start.get(e.getKey()));
			consumer.pause(partitions.stream().filter((partition) -> !end.containsKey(partition)).toList());
			long taken = 0;
			long skipped = 0;
			while (!end.isEmpty()) {
				ConsumerRecords<?, ?> records = consumer.poll(POLL);
				List<ReceivedEvent> events = new ArrayList<>(records.count());
				for (ConsumerRecord<?, ?> record : records) {
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					Long last = end.get(partition);
					if (last == null || record.offset() >= last) {
						continue;
					}
					try {
						events.add(KafkaEnvelope.fromRecord(cast(record)));
					}
					catch (MalformedEventException ex) {
						// offsets only: a record may carry unpublished text
						logger.warn("Replay skips unreadable record {}-{}@{}", record.topic(), record.partition(),
								record.offset());
						skipped++;
					}
				}
				this.readModel.take(events);
				taken += events.size();
				for (TopicPartition partition : List.copyOf(end.keySet())) {
					if (consumer.position(partition) >= end.get(partition)) {
						end.remove(partition);
						consumer.pause(List.of(partition));
					}
				}
				update(taken, total, skipped);
			}
		}
	}

	private void update(long taken, long total, long skipped) {
		ReplayProgress current = this.progress.get();
		this.progress.set(new ReplayProgress(ReplayState.RUNNING, taken, total, skipped, Map.of(), current.startedAt(),
				null, null));
	}

	private Map<String, Long> rows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table, this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
		}
		return rows;
	}

	@SuppressWarnings("unchecked")
	private static ConsumerRecord<String, byte[]> cast(ConsumerRecord<?, ?> record) {
		return (ConsumerRecord<String, byte[]>) record;
	}

}
