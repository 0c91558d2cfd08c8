package cn.jianwu.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.infra.ElasticsearchNode;
import cn.jianwu.infra.KafkaBroker;
import cn.jianwu.search.query.SearchParameters;
import cn.jianwu.search.query.SearchQueryTranslator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Indexes synthetic Chinese items through search-service's own indexer (events on Kafka),
 * then sends the same searches at a fixed rate to search-service and straight to
 * Elasticsearch (the very request the service sends, built by its
 * {@link SearchQueryTranslator}) and prints p50/p95/p99 of both and their ratio.
 * <p>
 * Latency is measured from the moment a request was due, not from when it was sent (open
 * loop), so a stall counts for every request it delays. Everything runs on this machine:
 * a real Elasticsearch node and Kafka broker (infra-local) and the packaged
 * search-service jar, each in its own process.
 */
public final class SearchBenchmark {

	private static final String ALIAS = "disclosures";

	private final Options options;

	private SearchQueryTranslator.Design design = SearchQueryTranslator.Design.GRAMS;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private SearchBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		new SearchBenchmark(Options.parse(args)).run();
	}

	private void run() throws Exception {
		Path work = this.options.work;
		if (!this.options.reuse) {
			deleteRecursively(work);
		}
		Files.createDirectories(work);
		System.out.println("starting Elasticsearch, Kafka and search-service in " + work + " ...");
		try (ElasticsearchNode elasticsearch = ElasticsearchNode
			.start(new ElasticsearchNode.Settings(this.options.zip, work.resolve("es-home"), work.resolve("es-data"),
					work.resolve("elasticsearch.log"), this.options.esPort, this.options.esPort + 100,
					this.options.esHeap, "jianwu-es", Duration.ofMinutes(3)));
				KafkaBroker kafka = KafkaBroker.start(new KafkaBroker.Settings(System.getProperty("java.class.path"),
						work.resolve("kafka"), work.resolve("kafka.log"), this.options.kafkaPort,
						this.options.kafkaPort + 1, "256m", Duration.ofMinutes(2)))) {
			Process service = startService(elasticsearch.url(), kafka.bootstrapServers(),
					work.resolve("search-service.log"));
			try {
				String serviceUrl = "http://127.0.0.1:" + this.options.servicePort;
				awaitHealthy(serviceUrl, service);
				double indexingSeconds = index(kafka.bootstrapServers(), elasticsearch.url());
				List<Query> queries = queries();
				this.design = design(elasticsearch.url());
				System.out.println("query design (as the service chooses it for this index): " + this.design);
				List<HttpRequest> toElasticsearch = requests(queries, serviceUrl, elasticsearch.url(), false);
				List<HttpRequest> toService = requests(queries, serviceUrl, elasticsearch.url(), true);
				System.out.printf("warming up for %d s ...%n", this.options.warmup.toSeconds());
				load(toElasticsearch, toService, this.options.warmup);
				String loadBefore = loadAverage();
				System.out.printf("measuring for %d s ...%n", this.options.duration.toSeconds());
				Results[] results = load(toElasticsearch, toService, this.options.duration);
				Results direct = results[0];
				Results through = results[1];
				report(elasticsearch.url(), indexingSeconds, queries, direct, through);
				slowest(elasticsearch.url(), queries, direct, through);
				System.out.printf("%nload average (1/5/15 min) before measuring: %s, after: %s%n", loadBefore,
						loadAverage());
			}
			finally {
				service.destroy();
				if (!service.waitFor(30, TimeUnit.SECONDS)) {
					service.destroyForcibly();
				}
			}
		}
	}

	private Process startService(String elasticsearch, String kafka, Path log) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(List.of(this.options.serviceJavaOptions.split(" ")));
		command.addAll(List.of("-jar", this.options.serviceJar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("SERVER_PORT", String.valueOf(this.options.servicePort));
		builder.environment().put("ELASTICSEARCH_URL", elasticsearch);
		builder.environment().put("KAFKA_BOOTSTRAP", kafka);
		return builder.start();
	}

	private void awaitHealthy(String serviceUrl, Process service) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!service.isAlive()) {
				throw new IllegalStateException("search-service ended; see its log in " + this.options.work);
			}
			try {
				HttpResponse<String> health = get(serviceUrl + "/actuator/health");
				if (health.statusCode() == 200 && get(serviceUrl + "/api/search").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("search-service was not healthy within 3 minutes");
	}

	/** Publishes the items as events and waits until the index holds them all. */
	private double index(String kafka, String elasticsearch) throws Exception {
		if (this.options.reuse && searchableCount(elasticsearch) == this.options.items) {
			System.out.println("the index holds the items already (--reuse)");
			return Double.NaN;
		}
		// Streamed: items are made as the producer takes them, and send() blocks while
		// its
		// buffer (buffer.memory, 32 MB) is full, so memory stays bounded at any size.
		Iterable<DisclosurePublished> items = SyntheticItems.generate(this.options.items, 20251128L);
		System.out.printf("publishing %d items to disclosure.events ...%n", this.options.items);
		EventCodec codec = new EventCodec(URI.create("/jianwu/bench"));
		Map<String, Object> properties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
				ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 262144);
		long start = System.nanoTime();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new ByteArraySerializer())) {
			for (DisclosurePublished item : items) {
				producer.send(KafkaEnvelope.toRecord(item, codec.encode(item)));
			}
		}
		// A busy machine indexes slowly; only an indexer that stops counts as failure.
		long count = 0;
		long progressAt = System.nanoTime();
		while (count < this.options.items) {
			Thread.sleep(1000);
			long now = searchableCount(elasticsearch);
			if (now > count) {
				progressAt = System.nanoTime();
			}
			count = now;
			System.out.printf("  %d indexed%n", count);
			if (System.nanoTime() - progressAt > Duration.ofMinutes(2).toNanos()) {
				throw new IllegalStateException("indexing stopped at " + count + " items for 2 minutes");
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		post(elasticsearch + "/" + ALIAS + "/_refresh", "");
		return seconds;
	}

	private long searchableCount(String elasticsearch) throws Exception {
		post(elasticsearch + "/" + ALIAS + "/_refresh", "");
		HttpResponse<String> count = post(elasticsearch + "/" + ALIAS + "/_count",
				"{\"query\":{\"bool\":{\"must_not\":{\"term\":{\"tombstone\":true}}}}}");
		Matcher matcher = Pattern.compile("\"count\":(\\d+)").matcher(count.body());
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

	/**
	 * An index of an older design ({@code --reuse} of an earlier run's index) is searched
	 * the way the service searches it.
	 */
	private SearchQueryTranslator.Design design(String elasticsearch) throws Exception {
		String fields = get(elasticsearch + "/" + ALIAS + "/_mapping/field/title.grams").body();
		return fields.contains("\"title.grams\"") ? SearchQueryTranslator.Design.GRAMS
				: SearchQueryTranslator.Design.PAIRS;
	}

	/** The same searches a visitor of the portal makes: words, filters, pages, dates. */
	static List<Query> queries() {
		return List.of(Query.of("q", "不起诉决定书"), Query.of("q", "盗窃"), Query.of("q", "危险驾驶"), Query.of("q", "醉酒 驾驶"),
				Query.of("q", "电信诈骗"), Query.of("q", "非法吸收公众存款"), Query.of("q", "检察工作报告"), Query.of("q", "任免"),
				Query.of("q", "检察官助理"), Query.of("q", "涉案财物"), Query.of("q", "公益诉讼", "category", "CASE_INFO"),
				Query.of("q", "认罪认罚"), Query.of("q", "起诉书", "from", "2024-01-01", "to", "2024-12-31"),
				Query.of("q", "受贿", "department", "第三检察部"), Query.of(), Query.of("category", "PERSONNEL", "page", "3"),
				Query.of("q", "检察开放日"), Query.of("q", "附条件不起诉"), Query.of("q", "交通肇事", "sort", "date"),
				Query.of("q", "12309"), Query.of("q", "张某"), Query.of("q", "寻衅滋事"), Query.of("q", "诈骗", "page", "5"),
				Query.of("q", "合同诈骗", "department", "第二检察部"));
	}

	private List<HttpRequest> requests(List<Query> queries, String serviceUrl, String elasticsearch,
			boolean throughService) {
		JacksonJsonpMapper mapper = new JacksonJsonpMapper();
		return queries.stream().map((query) -> {
			if (throughService) {
				return HttpRequest.newBuilder(URI.create(serviceUrl + "/api/search?" + query.queryString()))
					.timeout(Duration.ofSeconds(10))
					.GET()
					.build();
			}
			String body = JsonpUtils.toJsonString(SearchQueryTranslator.translate(query.parsed(), ALIAS, this.design),
					mapper);
			return HttpRequest.newBuilder(URI.create(elasticsearch + "/" + ALIAS + "/_search?typed_keys=true"))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}).toList();
	}

	/**
	 * Sends the searches in turn at the fixed rate for the duration, to Elasticsearch and
	 * through the service alternately (each at the rate), so that both see the same
	 * machine: other processes on these cores come and go.
	 * @return the results of Elasticsearch and of the service
	 */
	private Results[] load(List<HttpRequest> toElasticsearch, List<HttpRequest> toService, Duration duration)
			throws Exception {
		long period = 1_000_000_000L / (2L * this.options.rate);
		long total = 2L * duration.toSeconds() * this.options.rate;
		long start = System.nanoTime() + 50_000_000L;
		int queries = toElasticsearch.size();
		Results[] results = { new Results(queries, (int) total / 2), new Results(queries, (int) total / 2) };
		List<CompletableFuture<?>> pending = new ArrayList<>((int) total);
		for (int i = 0; i < total; i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			int target = i % 2;
			int query = (i / 2) % queries;
			HttpRequest request = ((target == 0) ? toElasticsearch : toService).get(query);
			pending.add(this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
				.whenComplete((response, failure) -> results[target].record(query, System.nanoTime() - due,
						failure == null && response.statusCode() == 200)));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
			.handle((r, ex) -> null)
			.get(60, TimeUnit.SECONDS);
		return results;
	}

	private void report(String elasticsearch, double indexingSeconds, List<Query> queries, Results direct,
			Results through) throws Exception {
		String stats = get(elasticsearch + "/_cat/indices/" + ALIAS + "-*?h=index,docs.count,store.size").body()
			.strip();
		System.out.println();
		System.out.printf(
				"search-service benchmark: %d synthetic Chinese items, %d different searches, %d requests/s "
						+ "to each target, alternating, for %d s (after %d s warm-up)%n",
				this.options.items, queries.size(), this.options.rate, this.options.duration.toSeconds(),
				this.options.warmup.toSeconds());
		System.out.printf("machine: %d cores; Elasticsearch heap %s; index (name, documents, size on disk) %s%n",
				Runtime.getRuntime().availableProcessors(), this.options.esHeap, stats);
		if (!Double.isNaN(indexingSeconds)) {
			System.out.printf("indexing through Kafka and the indexer: %.1f s (%.0f items/s)%n", indexingSeconds,
					this.options.items / indexingSeconds);
		}
		System.out.println();
		System.out.printf("%-22s %9s %9s %9s %9s %7s%n", "", "p50", "p95", "p99", "max", "errors");
		row("elasticsearch direct", direct.all());
		row("through search-service", through.all());
		double[] d = direct.all().percentiles();
		double[] t = through.all().percentiles();
		System.out.printf("%-22s %9.2f %9.2f %9.2f %9s %7s%n", "ratio service / es", t[0] / d[0], t[1] / d[1],
				t[2] / d[2], "", "");
		System.out.println();
		System.out.printf("%-40s %17s %17s%n", "per search (p50 / p95 ms)", "elasticsearch", "search-service");
		for (int i = 0; i < queries.size(); i++) {
			double[] qd = direct.query(i).percentiles();
			double[] qt = through.query(i).percentiles();
			System.out.printf("%-40s %8.1f / %6.1f %8.1f / %6.1f%n", queries.get(i).label(), qd[0], qd[1], qt[0],
					qt[1]);
		}
	}

	/**
	 * The five slowest searches through the service (by p95), each with where
	 * Elasticsearch spends its time on it: one run with the profile API, summed over the
	 * shard's query tree (by query type), collectors and aggregations.
	 */
	private void slowest(String elasticsearch, List<Query> queries, Results direct, Results through) throws Exception {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < queries.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> through.query(i).percentiles()[1]).reversed());
		System.out
			.printf("%nslowest five searches (p95 through search-service / elasticsearch, ms) and one profiled run:%n");
		JacksonJsonpMapper mapper = new JacksonJsonpMapper();
		ObjectMapper json = new ObjectMapper();
		for (int i : order.subList(0, Math.min(5, order.size()))) {
			Query query = queries.get(i);
			System.out.printf("  %-44s %7.1f / %7.1f%n", query.label(), through.query(i).percentiles()[1],
					direct.query(i).percentiles()[1]);
			String body = JsonpUtils.toJsonString(SearchQueryTranslator.translate(query.parsed(), ALIAS, this.design),
					mapper);
			ObjectNode request = (ObjectNode) json.readTree(body);
			request.put("profile", true);
			JsonNode answer = json.readTree(post(elasticsearch + "/" + ALIAS + "/_search", request.toString()).body());
			System.out.printf("      took %d ms, %d hits%s%n", answer.path("took").asLong(),
					answer.path("hits").path("total").path("value").asLong(),
					answer.path("hits").path("total").path("relation").asText().equals("gte") ? " or more" : "");
			for (JsonNode shard : answer.path("profile").path("shards")) {
				for (JsonNode search : shard.path("searches")) {
					Map<String, Long> byType = new LinkedHashMap<>();
					for (JsonNode node : search.path("query")) {
						sumByType(node, byType);
					}
					System.out.printf("      query %s; rewrite %.1f ms; collectors %.1f ms%n", millis(byType),
							search.path("rewrite_time").asLong() / 1e6,
							search.path("collector").path(0).path("time_in_nanos").asLong() / 1e6);
				}
				long aggregations = 0;
				for (JsonNode aggregation : shard.path("aggregations")) {
					aggregations += aggregation.path("time_in_nanos").asLong();
				}
				System.out.printf("      aggregations %.1f ms; fetch (source, highlights) %.1f ms%n",
						aggregations / 1e6, shard.path("fetch").path("time_in_nanos").asLong() / 1e6);
			}
		}
	}

	// Time of each query node without its children, summed by type: where the time goes.
	private static long sumByType(JsonNode node, Map<String, Long> byType) {
		long children = 0;
		for (JsonNode child : node.path("children")) {
			children += child.path("time_in_nanos").asLong();
			sumByType(child, byType);
		}
		long own = Math.max(0, node.path("time_in_nanos").asLong() - children);
		byType.merge(node.path("type").asText(), own, Long::sum);
		return own;
	}

	private static String millis(Map<String, Long> byType) {
		return byType.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map((e) -> String.format("%s %.1f ms", e.getKey(), e.getValue() / 1e6))
			.collect(Collectors.joining(", "));
	}

	private static void row(String name, Latencies latencies) {
		double[] p = latencies.percentiles();
		System.out.printf("%-22s %6.1f ms %6.1f ms %6.1f ms %6.1f ms %7d%n", name, p[0], p[1], p[2], p[3],
				latencies.errors());
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The machine's load (other processes share these cores): {@code /proc/loadavg}. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** A search as the portal sends it: request parameters. */
	record Query(Map<String, String> parameters) {

		static Query of(String... pairs) {
			Map<String, String> parameters = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				parameters.put(pairs[i], pairs[i + 1]);
			}
			return new Query(parameters);
		}

		String queryString() {
			return this.parameters.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}

		cn.jianwu.search.query.SearchQuery parsed() {
			Map<String, String> p = this.parameters;
			return SearchParameters.parse(p.get("q"), p.get("category"), p.get("department"), p.get("from"),
					p.get("to"), p.get("page"), p.get("size"), p.get("sort"));
		}

		String label() {
			return this.parameters.isEmpty() ? "(newest items)" : this.parameters.toString();
		}

	}

	/** Latencies of a run, in all and per search. */
	static final class Results {

		private final Latencies all;

		private final List<Latencies> perQuery = new ArrayList<>();

		Results(int queries, int expected) {
			this.all = new Latencies(expected);
			for (int i = 0; i < queries; i++) {
				this.perQuery.add(new Latencies(expected / queries + 1));
			}
		}

		void record(int query, long nanos, boolean ok) {
			this.all.record(nanos, ok);
			this.perQuery.get(query).record(nanos, ok);
		}

		Latencies all() {
			return this.all;
		}

		Latencies query(int i) {
			return this.perQuery.get(i);
		}

	}

	/** Recorded latencies. */
	static final class Latencies {

		private final List<Long> nanos;

		private int errors;

		Latencies(int expected) {
			this.nanos = new ArrayList<>(expected);
		}

		synchronized void record(long value, boolean ok) {
			this.nanos.add(value);
			if (!ok) {
				this.errors++;
			}
		}

		synchronized int errors() {
			return this.errors;
		}

		/** p50, p95, p99 and max, in milliseconds. */
		synchronized double[] percentiles() {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			if (sorted.length == 0) {
				return new double[] { 0, 0, 0, 0 };
			}
			return new double[] { at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
					sorted[sorted.length - 1] / 1e6 };
		}

		private static double at(long[] sorted, double quantile) {
			int index = (int) Math.ceil(quantile * sorted.length) - 1;
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

	/** Settings, from {@code --name value} arguments. */
	static final class Options {

		int items = 100_000;

		int rate = 10;

		Duration duration = Duration.ofSeconds(120);

		Duration warmup = Duration.ofSeconds(60);

		int esPort = 9270;

		int kafkaPort = 9292;

		int servicePort = 18083;

		String esHeap = "1g";

		String serviceJavaOptions = "-Xms256m -Xmx256m -XX:+UseSerialGC -Dfile.encoding=UTF-8";

		Path work = Path.of(System.getProperty("java.io.tmpdir"), "jianwu-bench-search");

		boolean reuse;

		Path zip;

		Path serviceJar;

		static Options parse(String[] args) {
			Properties given = new Properties();
			Options options = new Options();
			for (int i = 0; i < args.length; i++) {
				if (args[i].equals("--reuse")) {
					options.reuse = true;
				}
				else if (i + 1 < args.length) {
					given.setProperty(args[i].replaceFirst("^--", ""), args[++i]);
				}
			}
			options.items = Integer.parseInt(given.getProperty("items", String.valueOf(options.items)));
			options.rate = Integer.parseInt(given.getProperty("rate", String.valueOf(options.rate)));
			options.duration = Duration.ofSeconds(Long.parseLong(given.getProperty("seconds", "120")));
			options.warmup = Duration.ofSeconds(Long.parseLong(given.getProperty("warmup", "60")));
			options.esHeap = given.getProperty("es-heap", options.esHeap);
			options.serviceJavaOptions = given.getProperty("service-java-options", options.serviceJavaOptions);
			options.zip = Path.of(required(given, "elasticsearch-zip"));
			options.serviceJar = Path.of(required(given, "service-jar"));
			if (given.containsKey("work")) {
				options.work = Path.of(given.getProperty("work"));
			}
			return options;
		}

		private static String required(Properties given, String name) {
			String value = given.getProperty(name);
			if (value == null) {
				throw new IllegalArgumentException("--" + name + " is required");
			}
			return value;
		}

	}

}
