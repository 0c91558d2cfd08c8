package cn.jianwu.ops.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.jianwu.events.DeadLetterHeaders;
import cn.jianwu.testsupport.StandaloneKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dead-letters} and {@code dead-letters replay} on a real broker process, which
 * like the local run's keeps transaction state on its one node. (The in-process test
 * broker asks for three replicas of the transaction log and so cannot run transactions.)
 * {@code TEST_KAFKA_BOOTSTRAP} names another broker.
 */
class DeadLettersIT {

	private static final String PERSONAL_DATA = "张三 110101199003071234";

	private static StandaloneKafkaBroker broker;

	private static String bootstrap;

	@BeforeAll
	static void startBroker() {
		String given = System.getenv("TEST_KAFKA_BOOTSTRAP");
		if (given != null && !given.isBlank()) {
			bootstrap = given;
		}
		else {
			broker = StandaloneKafkaBroker.started();
			bootstrap = broker.bootstrapServers();
		}
	}

	@AfterAll
	static void stopBroker() {
		if (broker != null) {
			broker.stop();
		}
	}

	@Test
	void eachDeadLetterGoesBackOnceForTheConsumerThatFailedIt() throws Exception {
		String original = "some.topic-" + unique();
		String deadLetters = original + ".groupX.dlt";
		createTopics(original, deadLetters);
		List<ProducerRecord<byte[], byte[]>> sent = List.of(deadLetter(deadLetters, original, "item-1", 1),
				deadLetter(deadLetters, original, "item-2", 2), deadLetter(deadLetters, null, "item-3", 3));
		sendPlain(sent);

		DeadLetterTopics.Summary before = summary(deadLetters);
		assertThat(before.records()).isEqualTo(3);
		assertThat(before.notReplayed()).isEqualTo(3);
		assertThat(before.oldest().type()).isEqualTo("cn.jianwu.disclosure.published.v1");
		assertThat(before.oldest().error()).isEqualTo("PermanentChannelException: 访问令牌已过期，请重新授权");
		String listing = DeadLetterTopics.render(bootstrap, new DeadLetterTopics(bootstrap).list());
		assertThat(listing).contains(deadLetters).doesNotContain("张三").doesNotContain("110101");

		DeadLetterReplay.Outcome replayed = new DeadLetterReplay(bootstrap).replay(deadLetters);
		assertThat(replayed.replayed()).containsExactly(Map.entry(original + " for consumer groupX", 3));

		List<ConsumerRecord<byte[], byte[]>> arrived = committed(original);
		assertThat(arrived).hasSize(3);
		for (ProducerRecord<byte[], byte[]> letter : sent) {
			ConsumerRecord<byte[], byte[]> replay = arrived.stream()
				.filter((record) -> new String(record.key(), StandardCharsets.UTF_8)
					.equals(new String(letter.key(), StandardCharsets.UTF_8)))
				.findFirst()
				.orElseThrow();
			assertThat(replay.value()).isEqualTo(letter.value());
			assertThat(header(replay, "ce_id")).isEqualTo(header(letter, "ce_id"));
			assertThat(header(replay, "ce_type")).isEqualTo("cn.jianwu.disclosure.published.v1");
			assertThat(header(replay, DeadLetterHeaders.REPLAY_FOR)).isEqualTo("groupX");
			assertThat(replay.headers()).extracting(Header::key)
				.noneMatch((key) -> key.startsWith("kafka_dlt-") || key.startsWith("jianwu_dlt_"));
		}

		DeadLetterReplay.Outcome again = new DeadLetterReplay(bootstrap).replay(deadLetters);
		assertThat(again.total()).isZero();
		assertThat(committed(original)).hasSize(3);
		DeadLetterTopics.Summary after = summary(deadLetters);
		assertThat(after.records()).isEqualTo(3);
		assertThat(after.notReplayed()).isZero();
	}

	@Test
	void aReplayThatCrashedMidWayIsNeverSeenAndTheNextRunReplaysEachRecordOnce() throws Exception {
		String original = "some.topic-" + unique();
		String deadLetters = original + ".groupY.dlt";
		createTopics(original, deadLetters);
		sendPlain(List.of(deadLetter(deadLetters, original, "item-1", 1),
				deadLetter(deadLetters, original, "item-2", 2)));
		Map<String, Object> properties = producerProperties();
		properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, DeadLetterReplay.transactionalId(deadLetters));
		try (KafkaProducer<byte[], byte[]> crashed = new KafkaProducer<>(properties)) {
			// a run that published the first record and died before it committed
			crashed.initTransactions();
			crashed.beginTransaction();
			ConsumerRecord<byte[], byte[]> first = new ConsumerRecord<>(deadLetters, 0, 0L, bytes("item-1"),
					bytes("x"));
			crashed.send(DeadLetterReplay.replayOf(first, DeadLetterTopicName.parse(deadLetters, original))).get();

			DeadLetterReplay.Outcome replayed = new DeadLetterReplay(bootstrap).replay(deadLetters);

			assertThat(replayed.total()).isEqualTo(2);
			assertThat(committed(original)).hasSize(2);
			assertThat(all(original)).as("the crashed run's record is there, aborted").hasSize(3);
			crashed.close(Duration.ZERO);
		}
	}

	private static DeadLetterTopics.Summary summary(String topic) throws Exception {
		return new DeadLetterTopics(bootstrap).list()
			.stream()
			.filter((summary) -> summary.topic().equals(topic))
			.findFirst()
			.orElseThrow();
	}

	private static ProducerRecord<byte[], byte[]> deadLetter(String topic, String originalTopicHeader, String key,
			int n) {
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, bytes(key),
				bytes("{\"title\":\"" + PERSONAL_DATA + " " + n + "\"}"));
		record.headers().add("ce_id", bytes(UUID.randomUUID().toString()));
		record.headers().add("ce_type", bytes("cn.jianwu.disclosure.published.v1"));
		record.headers().add("ce_specversion", bytes("1.0"));
		if (originalTopicHeader != null) {
			// what Spring Kafka's DeadLetterPublishingRecoverer adds
			record.headers().add("kafka_dlt-original-topic", bytes(originalTopicHeader));
			record.headers()
				.add("kafka_dlt-exception-fqcn",
						bytes("org.springframework.kafka.listener.ListenerExecutionFailedException"));
			record.headers()
				.add("kafka_dlt-exception-cause-fqcn", bytes("cn.jianwu.channel.support.PermanentChannelException"));
			record.headers().add("kafka_dlt-exception-message", bytes("访问令牌已过期，请重新授权"));
			record.headers().add("kafka_dlt-exception-stacktrace", bytes("at " + PERSONAL_DATA));
		}
		else {
			// what channel-support's DeadLetters adds
			record.headers().add("jianwu_dlt_reason", bytes("访问令牌已过期，请重新授权"));
			record.headers().add("jianwu_dlt_delivery", bytes(key + "@1/weibo/POST"));
		}
		return record;
	}

	private static void createTopics(String original, String deadLetters) throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
			admin.createTopics(List.of(new NewTopic(original, 2, (short) 1), new NewTopic(deadLetters, 2, (short) 1)))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
	}

	private static void sendPlain(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties())) {
			for (ProducerRecord<byte[], byte[]> record : records) {
				producer.send(record).get(30, TimeUnit.SECONDS);
			}
		}
	}

	private static Map<String, Object> producerProperties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		return properties;
	}

	/** What a consumer of the platform (read_committed) gets from the topic. */
	private static List<ConsumerRecord<byte[], byte[]>> committed(String topic) {
		return read(topic, "read_committed");
	}

	private static List<ConsumerRecord<byte[], byte[]>> all(String topic) {
		return read(topic, "read_uncommitted");
	}

	private static List<ConsumerRecord<byte[], byte[]>> read(String topic, String isolation) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (partitions.stream().anyMatch((tp) -> consumer.position(tp) < ends.get(tp))) {
				assertThat(System.nanoTime()).as("read %s to its end", topic).isLessThan(deadline);
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		return DeadLetterKafka.header(record.headers(), name);
	}

	private static String header(ProducerRecord<byte[], byte[]> record, String name) {
		return DeadLetterKafka.header(record.headers(), name);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
