import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Time from a {@code published} event on disclosure.events to each channel's DELIVERED
 * report on channel.deliveries, against the running local platform (simulated Weibo and
 * WeChat APIs). WeChat reports DELIVERED only when its asynchronous publish job finishes,
 * so for WeChat the figure is the time until the article was submitted (the ledger row is
 * AWAITING_RESULT), read from channel_wechat's ledger.
 *
 * Usage: bench/channels/run.sh [items] [items-per-second]
 */
public class ChannelLatencyBench {

	static final List<Channel> REPORTED = List.of(Channel.PORTAL, Channel.WEIBO, Channel.BULLETIN, Channel.SCREENS);

	public static void main(String[] args) throws Exception {
		int items = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		double rate = (args.length > 1) ? Double.parseDouble(args[1]) : 5.0;
		String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP", "127.0.0.1:9092");
		String dbUrl = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/jianwu");
		String dbUser = System.getenv().getOrDefault("DB_USER", "jianwu");
		String bulletin = System.getenv().getOrDefault("BULLETIN_URL", "http://127.0.0.1:8086");
		String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);

		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		Map<Channel, Map<String, Long>> doneAt = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			doneAt.put(channel, new ConcurrentHashMap<>());
		}
		Map<Channel, Map<String, String>> otherOutcomes = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			otherOutcomes.put(channel, new ConcurrentHashMap<>());
		}
		AtomicBoolean stop = new AtomicBoolean();

		// a hall screen must be online for the screens channel to deliver
		Thread screen = new Thread(() -> watchScreen(bulletin + "/screens/hall-1/events", stop), "screen");
		screen.setDaemon(true);
		screen.start();

		Thread reports = new Thread(() -> readReports(bootstrap, run, sentAt, doneAt, otherOutcomes, stop), "reports");
		reports.start();
		Thread ledger = new Thread(() -> watchWechatLedger(dbUrl, dbUser, run, doneAt.get(Channel.WECHAT), stop),
				"wechat-ledger");
		ledger.start();
		Thread.sleep(3000);

		EventCodec codec = new EventCodec(URI.create("/jianwu/bench"));
		Properties producerConfig = new Properties();
		producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
		System.out.printf("sending %d published events at %.1f/s (run %s) ...%n", items, rate, run);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
				new ByteArraySerializer())) {
			long intervalNanos = (long) (1e9 / rate);
			long next = System.nanoTime();
			for (int i = 0; i < items; i++) {
				while (System.nanoTime() < next) {
					Thread.onSpinWait();
				}
				String id = run + "-" + i;
				DisclosurePublished event = new DisclosurePublished(id, 1, Category.GOVERNMENT_AFFAIRS, null,
						"检察开放日活动公告（第" + i + "期）", "本院将举办检察开放日活动，欢迎社会各界参加。", "为进一步深化检务公开，本院定于近期举办检察开放日活动。", "办公室",
						Visibility.PUBLIC, List.of(Channel.values()), Instant.now(),
						"http://localhost:8080/items/" + id, List.of());
				sentAt.put(id, System.nanoTime());
				producer.send(KafkaEnvelope.toRecord(event, codec.encode(event)));
				next += intervalNanos;
			}
			producer.flush();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && !complete(doneAt, otherOutcomes, items)) {
			Thread.sleep(200);
		}
		stop.set(true);
		reports.join();
		ledger.join();

		System.out.printf("%n%-9s %6s %8s %8s %8s %8s  %s%n", "channel", "n", "p50 ms", "p95 ms", "p99 ms", "max ms",
				"not delivered");
		for (Channel channel : List.of(Channel.PORTAL, Channel.WEIBO, Channel.WECHAT, Channel.BULLETIN,
				Channel.SCREENS)) {
			List<Double> millis = new ArrayList<>();
			doneAt.get(channel).forEach((id, at) -> millis.add((at - sentAt.get(id)) / 1e6));
			Collections.sort(millis);
			String label = (channel == Channel.WECHAT) ? "wechat*" : channel.id();
			System.out.printf("%-9s %6d %8.0f %8.0f %8.0f %8.0f  %d %s%n", label, millis.size(), pct(millis, 50),
					pct(millis, 95), pct(millis, 99), millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1),
					items - millis.size(), summary(otherOutcomes.get(channel)));
		}
		System.out
			.println("* wechat: until the article was submitted (freepublish/submit accepted, ledger AWAITING_RESULT);"
					+ " DELIVERED follows WeChat's asynchronous PUBLISHJOBFINISH result.");
	}

	static boolean complete(Map<Channel, Map<String, Long>> doneAt, Map<Channel, Map<String, String>> other,
			int items) {
		for (Channel channel : List.of(Channel.PORTAL, Channel.WEIBO, Channel.WECHAT, Channel.BULLETIN,
				Channel.SCREENS)) {
			if (doneAt.get(channel).size() + other.get(channel).size() < items) {
				return false;
			}
		}
		return true;
	}

	static String summary(Map<String, String> outcomes) {
		if (outcomes.isEmpty()) {
			return "";
		}
		Map<String, Integer> counts = new java.util.TreeMap<>();
		outcomes.values().forEach((outcome) -> counts.merge(outcome, 1, Integer::sum));
		return counts.toString();
	}

	static double pct(List<Double> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	static void readReports(String bootstrap, String run, Map<String, Long> sentAt,
			Map<Channel, Map<String, Long>> doneAt, Map<Channel, Map<String, String>> other, AtomicBoolean stop) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.CHANNEL_DELIVERIES)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToEnd(partitions);
			partitions.forEach(consumer::position);
			while (!stop.get()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
					long now = System.nanoTime();
					ReceivedEvent event = KafkaEnvelope.fromRecord(record);
					if (event.payload() instanceof ChannelDeliveryReported report && report.itemId().startsWith(run)
							&& report.channel() != Channel.WECHAT) {
						if (report.status() == DeliveryStatus.DELIVERED) {
							doneAt.get(report.channel()).putIfAbsent(report.itemId(), now);
						}
						else {
							other.get(report.channel()).put(report.itemId(), report.status().name());
						}
					}
				}
			}
		}
	}

	static void watchWechatLedger(String url, String user, String run, Map<String, Long> submittedAt,
			AtomicBoolean stop) {
		try (Connection connection = DriverManager.getConnection(url, user, null);
				PreparedStatement query = connection
					.prepareStatement("SELECT item_id FROM channel_wechat.channel_delivery "
							+ "WHERE item_id LIKE ? AND status IN ('AWAITING_RESULT', 'DELIVERED')")) {
			query.setString(1, run + "-%");
			while (!stop.get()) {
				long now = System.nanoTime();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						submittedAt.putIfAbsent(rows.getString(1), now);
					}
				}
				Thread.sleep(20);
			}
		}
		catch (Exception ex) {
			System.out.println("wechat ledger not readable: " + ex);
		}
	}

	static void watchScreen(String url, AtomicBoolean stop) {
		HttpClient client = HttpClient.newHttpClient();
		while (!stop.get()) {
			try {
				HttpResponse<java.util.stream.Stream<String>> response = client.send(
						HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
						HttpResponse.BodyHandlers.ofLines());
				response.body().forEach((line) -> {
				});
			}
			catch (Exception ex) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

}
