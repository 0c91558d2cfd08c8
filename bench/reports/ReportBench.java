import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.CaseProgressed;
import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.HallCalendarPublished;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.HallMessageReceived;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.events.WechatActivityRecorded;
import cn.jianwu.events.WorkflowAction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A year of synthetic platform events replayed into report-service, then its two heavy
 * reports timed (issue 16: the annual report under 10 s, one department's quarter volume
 * of 500 items under 60 s, memory bounded).
 *
 * 1. builds the events of one year (default: last year) in the institution's zone: 5,000
 * items (2,000 of them, 500 a quarter, of one department, the volume's) with their
 * workflow steps (a few rejected, refused, revised and withdrawn), every channel's
 * delivery report (a few failing first), 200,000 case queries over the five channels,
 * case progress, answered hall messages, WeChat activity and the year's calendar; item
 * ids carry the run's tag, so that runs do not collide;
 *
 * 2. sends them to the platform's topics as the producers do (CloudEvents, keyed) and
 * waits until report-service's consumer group has no lag on any of them;
 *
 * 3. logs in as the ADMIN account at disclosure-service and times POST
 * /api/reports/annual/{year}, then POST /api/reports/archives {quarter, department} and
 * the download of each volume it seals, while sampling report-service's heap
 * (/actuator/prometheus) and, when the local launcher started it, its resident memory.
 *
 * Usage: bench/reports/run.sh [--year 2025] [--items 5000] [--queries 200000] [--quarter
 * 2] [--skip-send] against a running platform (deploy/local/run.sh start --detach
 * --demo). Addresses: KAFKA_BOOTSTRAP, DISCLOSURE_URL, REPORT_URL, JIANWU_DATA; account:
 * JIANWU_ADMIN_USER / JIANWU_ADMIN_PASSWORD (demo: admin / demo-admin).
 */
public class ReportBench {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String VOLUME_DEPARTMENT = "第一检察部";

	static final List<String> OTHER_DEPARTMENTS = List.of("办公室", "政治处", "第二检察部", "第三检察部", "第四检察部", "第五检察部", "控告申诉检察部",
			"案件管理部");

	static final String[] OUTCOMES = { "SUCCESS", "WRONG_ID", "UNKNOWN_CODE", "NOT_FOUND", "THROTTLED", "LOCKED",
			"REVOKED" };

	static final double[] OUTCOME_SHARES = { 0.80, 0.08, 0.06, 0.03, 0.015, 0.01, 0.005 };

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	static final Random RANDOM = new Random(16);

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int year = Integer.parseInt(options.getOrDefault("year", Integer.toString(LocalDate.now(ZONE).getYear() - 1)));
		int items = Integer.parseInt(options.getOrDefault("items", "5000"));
		int queries = Integer.parseInt(options.getOrDefault("queries", "200000"));
		int quarter = Integer.parseInt(options.getOrDefault("quarter", "2"));
		String kafka = env("KAFKA_BOOTSTRAP", "127.0.0.1:9092");
		String disclosure = env("DISCLOSURE_URL", "http://127.0.0.1:8081");
		String report = env("REPORT_URL", "http://127.0.0.1:8089");
		String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

		if (options.containsKey("dry-run")) {
			new SyntheticYear(year, run).build(items, queries);
			return;
		}
		if (!options.containsKey("skip-send")) {
			List<PlatformEvent> events = new SyntheticYear(year, run).build(items, queries);
			long sendStart = System.nanoTime();
			send(kafka, events);
			System.out.printf(Locale.ROOT, "sent %,d events in %.1f s%n", events.size(), seconds(sendStart));
			long intakeStart = System.nanoTime();
			waitForIntake(kafka);
			System.out.printf(Locale.ROOT, "report-service took them: no lag after %.1f s%n", seconds(intakeStart));
		}

		String token = logIn(disclosure);
		MemorySampler memory = new MemorySampler(report);
		Thread sampler = new Thread(memory, "memory-sampler");
		sampler.setDaemon(true);
		sampler.start();
		System.out.printf(Locale.ROOT, "report-service before: %s%n", memory.describe());

		memory.resetPeak();
		long annualStart = System.nanoTime();
		HttpResponse<String> annual = call(report, "POST", "/api/reports/annual/" + year, null, token);
		double annualSeconds = seconds(annualStart);
		System.out.printf(Locale.ROOT, "POST /api/reports/annual/%d: HTTP %d in %.2f s (goal < 10 s); %s%n", year,
				annual.statusCode(), annualSeconds, memory.describe());
		System.out.println("  " + abbreviate(annual.body(), 600));

		memory.resetPeak();
		String quarterName = year + "Q" + quarter;
		String body = "{\"quarter\":\"" + quarterName + "\",\"department\":\"" + VOLUME_DEPARTMENT + "\"}";
		long sealStart = System.nanoTime();
		HttpResponse<String> sealed = call(report, "POST", "/api/reports/archives", body, token);
		double sealSeconds = seconds(sealStart);
		System.out.printf(Locale.ROOT, "POST /api/reports/archives %s %s: HTTP %d in %.2f s (goal < 60 s); %s%n",
				quarterName, VOLUME_DEPARTMENT, sealed.statusCode(), sealSeconds, memory.describe());
		System.out.println("  " + abbreviate(sealed.body(), 600));
		Matcher ids = Pattern.compile("\"id\"\\s*:\\s*\"?([0-9A-Za-z-]+)\"?").matcher(sealed.body());
		while (sealed.statusCode() / 100 == 2 && ids.find()) {
			memory.resetPeak();
			long downloadStart = System.nanoTime();
			long bytes = download(report + "/api/reports/archives/" + ids.group(1) + "/download", token);
			System.out.printf(Locale.ROOT, "  volume %s: %,d bytes streamed in %.2f s; %s%n", ids.group(1), bytes,
					seconds(downloadStart), memory.describe());
			break;
		}
		memory.stop();
	}

	/** The events of one synthetic year. */
	static final class SyntheticYear {

		final int year;

		final String run;

		final List<PlatformEvent> events = new ArrayList<>();

		final String body;

		SyntheticYear(int year, String run) {
			this.year = year;
			this.run = run;
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 40; i++) {
				text.append("<p>本院依法办理的案件信息，按照检务公开的规定予以公开。第").append(i + 1).append("段。</p>");
			}
			this.body = text.toString();
		}

		List<PlatformEvent> build(int items, int queries) {
			List<LocalDate> daysOff = holidays();
			this.events.add(new HallCalendarPublished(this.year, daysOff,
					List.of(LocalDate.of(this.year, 1, 26), LocalDate.of(this.year, 10, 11)),
					LocalDate.of(this.year - 1, 12, 1).atStartOfDay(ZONE).toInstant()));
			int volumeItems = Math.min(items, 2000);
			for (int i = 0; i < items; i++) {
				boolean volume = i < volumeItems;
				String department = volume ? VOLUME_DEPARTMENT : OTHER_DEPARTMENTS.get(i % OTHER_DEPARTMENTS.size());
				// the volume department's items fall evenly on the four quarters
				int quarter = volume ? (i % 4) + 1 : RANDOM.nextInt(4) + 1;
				item("bench-" + this.run + "-" + i, department, quarter);
			}
			Map<String, Long> kinds = new LinkedHashMap<>();
			this.events.forEach((event) -> kinds.merge(event.getClass().getSimpleName(), 1L, Long::sum));
			QueryChannel[] channels = QueryChannel.values();
			for (int i = 0; i < queries; i++) {
				String outcome = pick(OUTCOMES, OUTCOME_SHARES);
				boolean lockedNow = "LOCKED".equals(outcome) && RANDOM.nextInt(4) == 0;
				this.events.add(new CaseQueried(UUID.randomUUID().toString(),
						channels[RANDOM.nextInt(channels.length)].name(), outcome, lockedNow, moment(dayOfYear())));
			}
			for (int i = 0; i < 3000; i++) {
				String caseNumber = "BENCH-" + this.run + "-" + i;
				LocalDate day = dayOfYear();
				for (String stage : List.of("受理", "审查起诉", "提起公诉")) {
					this.events.add(new CaseProgressed(caseNumber, stage, day));
					day = day.plusDays(10 + RANDOM.nextInt(20));
				}
			}
			MessageKind[] messageKinds = MessageKind.values();
			SubmissionChannel[] submissions = SubmissionChannel.values();
			for (int i = 0; i < 1500; i++) {
				String message = "bench-" + this.run + "-m" + i;
				LocalDate received = dayOfYear();
				int workingDays = 1 + RANDOM.nextInt(9);
				MessageKind kind = messageKinds[RANDOM.nextInt(messageKinds.length)];
				SubmissionChannel channel = submissions[RANDOM.nextInt(submissions.length)];
				this.events
					.add(new HallMessageReceived(message, kind, channel, moment(received), received.plusDays(9)));
				this.events.add(new HallMessageAnswered(message, kind, channel,
						moment(received.plusDays(workingDays + workingDays / 5 * 2)), workingDays <= 7, workingDays));
			}
			WechatActivity[] activities = WechatActivity.values();
			for (int i = 0; i < 5000; i++) {
				this.events.add(new WechatActivityRecorded(UUID.randomUUID().toString(),
						activities[RANDOM.nextInt(activities.length)], moment(dayOfYear())));
			}
			kinds.put("CaseQueried", (long) queries);
			kinds.put("CaseProgressed", 9000L);
			kinds.put("HallMessageReceived/Answered", 3000L);
			kinds.put("WechatActivityRecorded", 5000L);
			System.out.println("synthetic year " + this.year + " (run " + this.run + "): " + kinds);
			return this.events;
		}

		private void item(String id, String department, int quarter) {
			LocalDate first = LocalDate.of(this.year, quarter * 3 - 2, 1);
			int days = (int) (first.plusMonths(3).toEpochDay() - first.toEpochDay());
			LocalDate published = first.plusDays(RANDOM.nextInt(days));
			Instant at = moment(published);
			Instant drafted = at.minus(Duration.ofHours(4 + RANDOM.nextInt(24 * 8)));
			Category category = Category.values()[RANDOM.nextInt(Category.values().length)];
			boolean important = RANDOM.nextInt(20) == 0;
			String subKind = (category == Category.CASE_INFO)
					? SubKind.values()[RANDOM.nextInt(SubKind.values().length)].name() : null;
			if (RANDOM.nextInt(50) == 0) {
				step(id, 1, WorkflowAction.REFUSE, "clerk", "CLERK", department, department, category, important,
						"DRAFT", "DRAFT", "含未脱敏的身份证号", drafted.minusSeconds(3600));
			}
			step(id, 1, WorkflowAction.SUBMIT, "clerk", "CLERK", department, department, category, important, "DRAFT",
					"PENDING_REVIEW", null, drafted);
			if (RANDOM.nextInt(20) == 0) {
				step(id, 1, WorkflowAction.REJECT, "head", "SECTION_HEAD", department, department, category, important,
						"PENDING_REVIEW", "DRAFT", "请补充公开依据", drafted.plusSeconds(1800));
				step(id, 1, WorkflowAction.SUBMIT, "clerk", "CLERK", department, department, category, important,
						"DRAFT", "PENDING_REVIEW", null, drafted.plusSeconds(7200));
			}
			Instant reviewed = drafted.plus(Duration.between(drafted, at).dividedBy(2));
			step(id, 1, WorkflowAction.APPROVE, "head", "SECTION_HEAD", department, department, category, important,
					"PENDING_REVIEW", "PENDING_APPROVAL", null, reviewed);
			if (important) {
				step(id, 1, WorkflowAction.APPROVE, "leader", "DIVISION_LEADER", "院领导", department, category, important,
						"PENDING_APPROVAL", "PENDING_CHIEF", null, at.minusSeconds(600));
				step(id, 1, WorkflowAction.APPROVE, "chief", "CHIEF", "院领导", department, category, important,
						"PENDING_CHIEF", "PUBLISHED", null, at);
			}
			else {
				step(id, 1, WorkflowAction.APPROVE, "leader", "DIVISION_LEADER", "院领导", department, category, important,
						"PENDING_APPROVAL", "PUBLISHED", null, at);
			}
			List<Channel> channels = new ArrayList<>(List.of(Channel.PORTAL));
			for (Channel channel : Channel.values()) {
				if (channel != Channel.PORTAL && RANDOM.nextInt(3) > 0) {
					channels.add(channel);
				}
			}
			this.events.add(new DisclosurePublished(id, 1, category, subKind, "【基准】" + department + "公开信息 " + id, "摘要",
					this.body, department, Visibility.PUBLIC, channels, at, "http://localhost:8080/items/" + id,
					List.of(), null));
			deliveries(id, 1, channels, at);
			if (RANDOM.nextInt(10) == 0) {
				Instant revisedAt = at.plus(Duration.ofDays(1 + RANDOM.nextInt(20)));
				step(id, 2, WorkflowAction.APPROVE, "leader", "DIVISION_LEADER", "院领导", department, category, important,
						"PENDING_APPROVAL", "PUBLISHED", null, revisedAt);
				this.events.add(new DisclosureRevised(id, 2, 1, category, subKind, "【基准】更正 " + id, "摘要", this.body,
						department, Visibility.PUBLIC, channels, revisedAt, "http://localhost:8080/items/" + id,
						List.of(), null));
				deliveries(id, 2, channels, revisedAt);
			}
			else if (RANDOM.nextInt(40) == 0) {
				Instant withdrawnAt = at.plus(Duration.ofDays(1 + RANDOM.nextInt(20)));
				step(id, 1, WorkflowAction.WITHDRAW, "head", "SECTION_HEAD", department, department, category,
						important, "PUBLISHED", "WITHDRAWN", "内容有误，撤回后更正", withdrawnAt);
				this.events.add(new DisclosureWithdrawn(id, 1, "内容有误，撤回后更正", withdrawnAt));
			}
		}

		private void deliveries(String id, int revision, List<Channel> channels, Instant at) {
			for (Channel channel : channels) {
				Instant reported = at.plusSeconds(2 + RANDOM.nextInt(30));
				int attempt = 1;
				if (channel != Channel.PORTAL && RANDOM.nextInt(30) == 0) {
					this.events.add(new ChannelDeliveryReported(id, revision, channel, DeliveryStatus.FAILED, attempt,
							null, "渠道接口超时", reported));
					reported = reported.plus(Duration.ofMinutes(5 + RANDOM.nextInt(240)));
					attempt++;
				}
				this.events.add(new ChannelDeliveryReported(id, revision, channel, DeliveryStatus.DELIVERED, attempt,
						channel.id() + "-" + id, null, reported));
			}
		}

		private void step(String item, int revision, WorkflowAction action, String actor, String role,
				String actorDepartment, String department, Category category, boolean important, String from, String to,
				String comment, Instant at) {
			this.events.add(new DisclosureStepRecorded(item, revision, action, actor + "-" + department, role,
					actorDepartment, department, category, null, important, null, from, to, comment, at));
		}

		private LocalDate dayOfYear() {
			LocalDate day = LocalDate.of(this.year, 1, 1)
				.plusDays(RANDOM.nextInt(LocalDate.of(this.year, 1, 1).lengthOfYear()));
			while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				day = day.plusDays(1);
			}
			return (day.getYear() == this.year) ? day : LocalDate.of(this.year, 12, 31);
		}

		private List<LocalDate> holidays() {
			List<LocalDate> days = new ArrayList<>();
			for (int[] range : new int[][] { { 1, 1, 1 }, { 1, 28, 8 }, { 4, 4, 3 }, { 5, 1, 5 }, { 5, 31, 3 },
					{ 10, 1, 8 } }) {
				for (int i = 0; i < range[2]; i++) {
					days.add(LocalDate.of(this.year, range[0], range[1]).plusDays(i));
				}
			}
			return days;
		}

	}

	static Instant moment(LocalDate day) {
		return day.atTime(LocalTime.of(8, 30).plusMinutes(RANDOM.nextInt(9 * 60))).atZone(ZONE).toInstant();
	}

	static String pick(String[] values, double[] shares) {
		double roll = RANDOM.nextDouble();
		for (int i = 0; i < values.length; i++) {
			roll -= shares[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[0];
	}

	static void send(String bootstrap, List<PlatformEvent> events) {
		EventCodec codec = new EventCodec(URI.create("/jianwu/bench-reports"));
		Map<String, Object> properties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
				ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		AtomicLong failed = new AtomicLong();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new ByteArraySerializer())) {
			for (PlatformEvent event : events) {
				producer.send(KafkaEnvelope.toRecord(event, codec.encode(event)), (metadata, ex) -> {
					if (ex != null) {
						failed.incrementAndGet();
					}
				});
			}
			producer.flush();
		}
		if (failed.get() > 0) {
			throw new IllegalStateException(failed.get() + " events were not sent");
		}
	}

	/** Until report-service's consumer group has read every consumed topic to its end. */
	static void waitForIntake(String bootstrap) throws Exception {
		Collection<String> topics = Catalogue.service("report-service").orElseThrow().consumes();
		String group = "report-service";
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			List<TopicPartition> partitions = new ArrayList<>();
			admin.describeTopics(topics)
				.allTopicNames()
				.get()
				.forEach((topic, description) -> description.partitions()
					.forEach((partition) -> partitions.add(new TopicPartition(topic, partition.partition()))));
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			partitions.forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
			Map<TopicPartition, Long> ends = new HashMap<>();
			admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
			long lastLag = -1;
			while (true) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get();
				long lag = 0;
				for (TopicPartition partition : partitions) {
					OffsetAndMetadata offset = committed.get(partition);
					lag += ends.get(partition) - ((offset != null) ? offset.offset() : 0);
				}
				if (lag <= 0) {
					return;
				}
				if (lag != lastLag) {
					System.out.printf(Locale.ROOT, "  report-service's lag: %,d records%n", lag);
					lastLag = lag;
				}
				Thread.sleep(2000);
			}
		}
	}

	static String logIn(String disclosure) throws Exception {
		String user = env("JIANWU_ADMIN_USER", "admin");
		String password = env("JIANWU_ADMIN_PASSWORD", "demo-" + user);
		HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(disclosure + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
		if (login.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException("login as " + user + " at " + disclosure + " failed: HTTP "
					+ login.statusCode() + " (the demo admin exists with --demo; else set JIANWU_ADMIN_PASSWORD)");
		}
		return token.group(1);
	}

	static HttpResponse<String> call(String base, String method, String path, String json, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofMinutes(10))
			.header("Authorization", "Bearer " + token)
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static long download(String url, String token) throws IOException, InterruptedException {
		HttpResponse<InputStream> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long bytes = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = response.body()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				bytes += read;
			}
		}
		if (response.statusCode() != 200) {
			System.out.println("  download: HTTP " + response.statusCode());
		}
		return bytes;
	}

	/**
	 * report-service's heap (jvm_memory_used_bytes, area heap, from its Prometheus
	 * endpoint) every 200 ms, with the peak since the last reset, and its resident set
	 * when the local launcher's pid file names the process.
	 */
	static final class MemorySampler implements Runnable {

		static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");

		final String report;

		volatile boolean running = true;

		volatile double heap;

		volatile double peak;

		MemorySampler(String report) {
			this.report = report;
			sample();
		}

		@Override
		public void run() {
			while (this.running) {
				sample();
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void sample() {
			try {
				String metrics = HTTP
					.send(HttpRequest.newBuilder(URI.create(this.report + "/actuator/prometheus")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				double used = 0;
				Matcher heap = HEAP.matcher(metrics);
				while (heap.find()) {
					used += Double.parseDouble(heap.group(1));
				}
				this.heap = used;
				this.peak = Math.max(this.peak, used);
			}
			catch (IOException | InterruptedException | RuntimeException ex) {
				// the next sample
			}
		}

		void resetPeak() {
			this.peak = this.heap;
		}

		void stop() {
			this.running = false;
		}

		String describe() {
			return String.format(Locale.ROOT, "heap %.0f MB (peak %.0f MB)%s", this.heap / 1e6, this.peak / 1e6, rss());
		}

		static String rss() {
			Path data = Path.of(env("JIANWU_DATA", "deploy/local/data"));
			try {
				String pid = Files.readString(data.resolve("run").resolve("report-service.pid"))
					.strip()
					.split("\\s+")[0];
				for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
					if (line.startsWith("VmRSS:")) {
						return ", RSS " + line.substring(6).strip();
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// not started by the local launcher, or not Linux
			}
			return "";
		}

	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unknown argument: " + args[i]);
			}
			String name = args[i].substring(2);
			if (name.equals("skip-send") || name.equals("dry-run")) {
				options.put(name, "true");
			}
			else {
				options.put(name, args[++i]);
			}
		}
		return options;
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	static String abbreviate(String text, int length) {
		String flat = text.replaceAll("\\s+", " ");
		return (flat.length() <= length) ? flat : flat.substring(0, length) + " …";
	}

}
