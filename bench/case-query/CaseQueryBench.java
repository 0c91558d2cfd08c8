import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * The public case query under load, directly on case-query-service and through the
 * gateway, in one run (JDK only; started by {@code bench/case-query/run.sh}).
 * <ol>
 * <li>Publishes a staff key set (the services check staff tokens against it instead of
 * disclosure-service's), starts case-query-service and the gateway from their jars with
 * both rate limiters raised, and waits until both are ready.</li>
 * <li>Seeds one case with {@value #PERSONS} authorised persons through the service's own
 * API (as a case manager), so that the queries rotate over that many codes (one code is
 * never queried more than a couple of times at once: five racing attempts on one code
 * would count as a lock-out, by design).</li>
 * <li>Warms both up, then measures: maximum throughput with wrk (closed loop, p50/p99
 * from wrk's latency distribution) or, without wrk, with a closed-loop Java client; and
 * latency at a fixed rate (open loop, each request timed from when it was due, so that a
 * stall is not hidden).</li>
 * <li>Stops both services by PID and prints the figures.</li>
 * </ol>
 * Every query is a successful, cached query: the view comes from Redis; one PostgreSQL
 * lookup and two Redis round trips per query, plus the audit (batched).
 */
public class CaseQueryBench {

	static final int PERSONS = 200;

	static final String CASE_NUMBER = "晋检刑诉受〔2026〕99990000001号";

	static final int SERVICE_PORT = Integer.parseInt(env("BENCH_SERVICE_PORT", "18082"));

	static final int GATEWAY_PORT = Integer.parseInt(env("BENCH_GATEWAY_PORT", "18080"));

	static final Path OUT = Path.of("bench/case-query/target");

	/**
	 * The same gateway with one setting changed, each measured like the gateway (max
	 * throughput, CPU per request) on its own port ({@link #variantPort}).
	 */
	static final List<Variant> VARIANTS = variants();

	static List<Variant> variants() {
		List<Variant> variants = new ArrayList<>();
		variants.add(new Variant("tracing sampled at 100 %", Map.of("TRACING_SAMPLING_PROBABILITY", "1.0")));
		// The benchmark's one client has a raised limit, so the limiter leases thousands
		// of tokens per Redis round trip; real clients at the public rate (1 a second)
		// cost one round trip per request, as here.
		variants.add(new Variant("one Redis round trip per request", Map.of("GATEWAY_RATE_LIMIT_LEASE", "0ms")));
		// More, to measure what one setting costs:
		// BENCH_VARIANTS="label:NAME=value,NAME=value;label:..."
		for (String spec : env("BENCH_VARIANTS", "").split(";")) {
			if (spec.isBlank()) {
				continue;
			}
			String[] labelAndSettings = spec.split(":", 2);
			Map<String, String> settings = new HashMap<>();
			for (String setting : labelAndSettings[1].split(",")) {
				String[] nameAndValue = setting.split("=", 2);
				settings.put(nameAndValue[0].trim(), nameAndValue[1].trim());
			}
			variants.add(new Variant(labelAndSettings[0].trim(), settings));
		}
		return List.copyOf(variants);
	}

	record Variant(String label, Map<String, String> environment) {
	}

	public static void main(String[] args) throws Exception {
		Path serviceJar = Path.of(args[0]);
		Path gatewayJar = Path.of(args[1]);
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 20;
		int rate = (args.length > 3) ? Integer.parseInt(args[3]) : 1000;
		// The goal's rate (p99 <= 25 ms), then the given one.
		int goalRate = Integer.parseInt(env("BENCH_GOAL_RATE", "500"));
		int connections = Integer.parseInt(env("BENCH_CONNECTIONS", "32"));
		int replicas = Integer.parseInt(env("BENCH_REPLICAS", "1"));
		for (int replica = 1; replica <= replicas; replica++) {
			requireFree(replicaPort(replica));
		}
		requireFree(GATEWAY_PORT);
		for (int variant = 1; variant <= VARIANTS.size(); variant++) {
			requireFree(variantPort(variant));
		}
		Files.createDirectories(OUT);

		KeyPair key = KeyPairGenerator.getInstance("RSA").genKeyPair();
		HttpServer jwks = jwks((RSAPublicKey) key.getPublic());
		String jwksUri = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
		String javaOpts = env("BENCH_JAVA_OPTS", "-Xms256m -Xmx512m -XX:+UseParallelGC");

		Map<String, String> common = new HashMap<>();
		common.put("REDIS_HOST", env("REDIS_HOST", "127.0.0.1"));
		common.put("REDIS_PORT", env("REDIS_PORT", "6379"));
		common.put("JIANWU_JWK_SET_URI", jwksUri);
		// No Kafka is needed for queries; the outbox keeps the two seeding events.
		common.put("KAFKA_BOOTSTRAP", "127.0.0.1:" + closedPort());
		common.put("LOGGING_LEVEL_ORG_APACHE_KAFKA", "OFF");
		common.put("LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_KAFKA", "OFF");

		Map<String, String> service = new HashMap<>(common);
		service.put("SERVER_PORT", String.valueOf(SERVICE_PORT));
		service.put("DB_URL", env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/casequery_bench"));
		service.put("DB_USER", env("BENCH_DB_USER", "postgres"));
		service.put("DB_PASSWORD", env("BENCH_DB_PASSWORD", ""));
		service.put("CASEQUERY_HASH_KEY", "bench-only-hash-key-0123456789abcdef-0123456789");
		// Raised for the load test only: one client (this machine) sends everything.
		service.put("CASEQUERY_THROTTLE_MAX", "2000000000");

		Map<String, String> gateway = new HashMap<>(common);
		gateway.put("SERVER_PORT", String.valueOf(GATEWAY_PORT));
		List<String> replicaUrls = new ArrayList<>();
		for (int replica = 1; replica <= replicas; replica++) {
			replicaUrls.add("http://127.0.0.1:" + replicaPort(replica));
		}
		gateway.put("CASE_QUERY_URLS", String.join(",", replicaUrls));
		// Raised for the load test only (defaults: 1 a second, bursts of 10 per client).
		gateway.put("GATEWAY_CASE_QUERY_RATE", "1000000");
		gateway.put("GATEWAY_CASE_QUERY_BURST", "2000000");

		List<Process> started = new ArrayList<>();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(CaseQueryBench::stop)));
		try {
			Process serviceProcess = start("case-query-service", serviceJar, javaOpts, service);
			started.add(serviceProcess);
			List<Process> replicaProcesses = new ArrayList<>(List.of(serviceProcess));
			for (int replica = 2; replica <= replicas; replica++) {
				Map<String, String> another = new HashMap<>(service);
				another.put("SERVER_PORT", String.valueOf(replicaPort(replica)));
				Process process = start("case-query-service-" + replica, serviceJar, javaOpts, another);
				started.add(process);
				replicaProcesses.add(process);
			}
			Process gatewayProcess = start("gateway", gatewayJar, javaOpts, gateway);
			started.add(gatewayProcess);
			// The same gateway with one setting changed each, on the next ports.
			List<Process> variantProcesses = new ArrayList<>();
			for (int variant = 1; variant <= VARIANTS.size(); variant++) {
				Map<String, String> changed = new HashMap<>(gateway);
				changed.putAll(VARIANTS.get(variant - 1).environment());
				changed.put("SERVER_PORT", String.valueOf(variantPort(variant)));
				Process process = start("gateway-variant-" + variant, gatewayJar, javaOpts, changed);
				started.add(process);
				variantProcesses.add(process);
			}
			for (int replica = 1; replica <= replicas; replica++) {
				awaitReady("case-query-service", replicaPort(replica), replicaProcesses.get(replica - 1));
			}
			awaitReady("gateway", GATEWAY_PORT, gatewayProcess);
			for (int variant = 1; variant <= VARIANTS.size(); variant++) {
				awaitReady("gateway-variant-" + variant, variantPort(variant), variantProcesses.get(variant - 1));
			}

			List<String[]> credentials = seed(token(key));
			Path codes = OUT.resolve("codes.csv");
			Files.write(codes, credentials.stream().map((c) -> c[0] + "," + c[1]).toList());

			String direct = "http://127.0.0.1:" + SERVICE_PORT;
			String viaGateway = "http://127.0.0.1:" + GATEWAY_PORT;
			warmUp(direct, credentials);
			warmUp(viaGateway, credentials);
			for (int variant = 1; variant <= VARIANTS.size(); variant++) {
				warmUp("http://127.0.0.1:" + variantPort(variant), credentials);
			}
			String load = Files.readString(Path.of("/proc/loadavg")).trim();

			boolean wrk = Files.isExecutable(Path.of("/usr/bin/wrk"))
					|| Files.isExecutable(Path.of("/usr/local/bin/wrk"));
			long serviceCpu0 = cpuMillis(replicaProcesses);
			Result directMax = wrk ? wrk(direct, codes, connections, seconds)
					: closedLoop(direct, credentials, connections, seconds);
			long serviceCpu1 = cpuMillis(replicaProcesses);
			long gatewayCpu1 = cpuMillis(List.of(gatewayProcess));
			List<Long> servedBefore = served(replicas);
			Result gatewayMax = wrk ? wrk(viaGateway, codes, connections, seconds)
					: closedLoop(viaGateway, credentials, connections, seconds);
			long serviceCpu2 = cpuMillis(replicaProcesses);
			long gatewayCpu2 = cpuMillis(List.of(gatewayProcess));
			List<Long> servedAfter = served(replicas);
			List<Result> variantMax = new ArrayList<>();
			List<double[]> variantCpu = new ArrayList<>();
			for (int variant = 1; variant <= VARIANTS.size(); variant++) {
				String base = "http://127.0.0.1:" + variantPort(variant);
				List<Process> variantGateway = List.of(variantProcesses.get(variant - 1));
				long service0 = cpuMillis(replicaProcesses);
				long gateway0 = cpuMillis(variantGateway);
				Result result = wrk ? wrk(base, codes, connections, seconds)
						: closedLoop(base, credentials, connections, seconds);
				variantMax.add(result);
				variantCpu.add(new double[] { (cpuMillis(variantGateway) - gateway0) / (double) result.requests,
						(cpuMillis(replicaProcesses) - service0) / (double) result.requests });
			}
			Result directFixed = openLoop(direct, credentials, rate, seconds, connections);
			Result gatewayGoalFixed = openLoop(viaGateway, credentials, goalRate, seconds, connections);
			Result gatewayFixed = openLoop(viaGateway, credentials, rate, seconds, connections);
			String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

			StringBuilder report = new StringBuilder();
			report.append(String.format(
					"%ncase-query benchmark, %s, %d cores, %d case-query replica(s), load average before: %s%n",
					Instant.now(), Runtime.getRuntime().availableProcessors(), replicas, load));
			report.append(String.format(
					"cached successful POST /api/cases/query, %d credentials of one case, %d s per line%n%n", PERSONS,
					seconds));
			// CPU time per request depends far less on what else the machine runs than
			// throughput does: it says what each hop costs.
			double serviceDirectCpu = (serviceCpu1 - serviceCpu0) / (double) directMax.requests;
			double gatewayCpu = (gatewayCpu2 - gatewayCpu1) / (double) gatewayMax.requests;
			double serviceBehindCpu = (serviceCpu2 - serviceCpu1) / (double) gatewayMax.requests;
			report.append(String.format("%-52s %8s %8s %8s %8s %8s %7s %11s %11s%n", "", "req/s", "p50 ms", "p90 ms",
					"p99 ms", "max ms", "errors", "gw CPU ms", "svc CPU ms"));
			String tool = wrk ? "wrk -t2 -c" + connections : "java closed loop, " + connections + " conns";
			line(report, "direct   max throughput (" + tool + ")", directMax, Double.NaN, serviceDirectCpu);
			line(report, "gateway  max throughput (" + tool + ")", gatewayMax, gatewayCpu, serviceBehindCpu);
			for (int variant = 0; variant < VARIANTS.size(); variant++) {
				line(report, "gateway, " + VARIANTS.get(variant).label(), variantMax.get(variant),
						variantCpu.get(variant)[0], variantCpu.get(variant)[1]);
			}
			line(report, "direct   fixed " + rate + " req/s (" + connections + " conns)", directFixed, Double.NaN,
					Double.NaN);
			line(report, "gateway  fixed " + goalRate + " req/s (" + connections + " conns)", gatewayGoalFixed,
					Double.NaN, Double.NaN);
			line(report, "gateway  fixed " + rate + " req/s (" + connections + " conns)", gatewayFixed, Double.NaN,
					Double.NaN);
			report.append(String.format(Locale.ROOT,
					"%nCPU per request: direct: service %.2f ms; via gateway: gateway %.2f ms + service %.2f ms%n",
					serviceDirectCpu, gatewayCpu, serviceBehindCpu));
			StringBuilder spread = new StringBuilder();
			long servedTotal = 0;
			for (int replica = 0; replica < replicas; replica++) {
				servedTotal += servedAfter.get(replica) - servedBefore.get(replica);
			}
			for (int replica = 0; replica < replicas; replica++) {
				long count = servedAfter.get(replica) - servedBefore.get(replica);
				spread.append(String.format(Locale.ROOT, "%s replica %d: %d (%.0f %%)", (replica == 0) ? "" : ",",
						replica + 1, count, (servedTotal > 0) ? 100.0 * count / servedTotal : 0.0));
			}
			report.append("queries answered by each replica during the gateway's throughput run:" + spread + "\n");
			report.append(String.format(Locale.ROOT, "throughput gateway / direct = %.2f  (goal >= 0.5)%n",
					gatewayMax.rate / directMax.rate));
			report.append(String.format(Locale.ROOT,
					"gateway CPU per request = %.2f ms, service's (direct) = %.2f ms  (goal: gateway <= service)%n",
					gatewayCpu, serviceDirectCpu));
			report.append(String.format(Locale.ROOT,
					"p99 through the gateway at %d req/s = %.1f ms  (goal <= 25 ms); at %d req/s = %.1f ms%n", goalRate,
					gatewayGoalFixed.p99, rate, gatewayFixed.p99));
			report.append("load average after: " + loadAfter + "\n");
			System.out.print(report);
			Files.writeString(OUT.resolve("results-" + Instant.now().toString().replace(':', '-') + ".txt"),
					report.toString());
		}
		finally {
			started.forEach(CaseQueryBench::stop);
			jwks.stop(0);
		}
		// nothing of the load generator may linger and load the next run
		System.exit(0);
	}

	// ---------------------------------------------------------------- the services

	static Process start(String name, Path jar, String javaOpts, Map<String, String> environment) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
		command.add("-Dfile.encoding=UTF-8");
		command.add("-jar");
		command.add(jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(OUT.resolve(name + ".log").toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		System.out.printf("Started %s (pid %d), log %s%n", name, process.pid(), OUT.resolve(name + ".log"));
		return process;
	}

	/** User and system CPU time the processes have used, from {@code /proc}. */
	static long cpuMillis(List<Process> processes) throws IOException {
		long ticks = 0;
		for (Process process : processes) {
			String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
			// the fields after the command name, which is in parentheses and may hold
			// spaces
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		// USER_HZ is 100 on Linux
		return ticks * 10;
	}

	/** Clear of the replicas' ports (the service's plus 100 each). */
	static int variantPort(int variant) {
		return GATEWAY_PORT + 10 * variant;
	}

	static int replicaPort(int replica) {
		return SERVICE_PORT + 100 * (replica - 1);
	}

	/**
	 * How many public queries each replica has answered so far (its
	 * {@code casequery.queries} counter).
	 */
	static List<Long> served(int replicas) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		List<Long> served = new ArrayList<>();
		for (int replica = 1; replica <= replicas; replica++) {
			String metrics = client
				.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + replicaPort(replica) + "/actuator/prometheus"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			double total = 0;
			for (String line : metrics.split("\n")) {
				if (line.startsWith("casequery_queries_total{")) {
					total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			served.add((long) total);
		}
		return served;
	}

	static void stop(Process process) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void awaitReady(String name, int port, Process process) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " stopped; see " + OUT.resolve(name + ".log"));
			}
			try {
				HttpResponse<String> response = client
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					System.out.println(name + " is ready");
					return;
				}
			}
			catch (IOException ex) {
				// not yet listening
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(name + " did not become ready; see " + OUT.resolve(name + ".log"));
	}

	// ---------------------------------------------------------------- seeding

	/**
	 * One case with its persons, through the service's API; answers [code, last4] per
	 * person.
	 */
	static List<String[]> seed(String token) throws Exception {
		LocalDate accepted = LocalDate.now().minusDays(30);
		StringBuilder persons = new StringBuilder();
		Map<String, Boolean> last4s = new HashMap<>();
		int added = 0;
		while (added < PERSONS) {
			String id = idNumber();
			if (last4s.putIfAbsent(id.substring(14), true) != null) {
				continue;
			}
			persons.append((added == 0) ? "" : ",")
				.append("{\"name\":\"测试人员")
				.append(added)
				.append("\",\"role\":\"")
				.append((added % 2 == 0) ? "PARTY" : "DEFENDER")
				.append("\",\"idNumber\":\"")
				.append(id)
				.append("\"}");
			added++;
		}
		String body = "{\"caseName\":\"张某涉嫌盗窃案\",\"caseType\":\"审查起诉案件\",\"department\":\"第一检察部\","
				+ "\"prosecutor\":\"王明\",\"acceptedAt\":\"" + accepted + "\",\"stage\":\"审查起诉\",\"stageDate\":\""
				+ accepted + "\",\"persons\":[" + persons + "],\"measures\":[{\"measure\":\"逮捕\",\"date\":\""
				+ accepted.minusDays(5) + "\"}]}";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + SERVICE_PORT + "/api/cases/"
						+ URLEncoder.encode(CASE_NUMBER, StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201 && response.statusCode() != 200) {
			throw new IllegalStateException("Seeding failed: " + response.statusCode() + " " + response.body());
		}
		Matcher issued = Pattern
			.compile("\"idLast4\":\"([0-9X]{4})\",\"credentialId\":\"[^\"]+\",\"queryCode\":\"(\\d{12})\"")
			.matcher(response.body());
		List<String[]> credentials = new ArrayList<>();
		while (issued.find()) {
			credentials.add(new String[] { issued.group(2), issued.group(1) });
		}
		if (credentials.size() != PERSONS) {
			throw new IllegalStateException("Expected " + PERSONS + " credentials, got " + credentials.size());
		}
		System.out.println("Seeded one case with " + credentials.size() + " credentials");
		return credentials;
	}

	static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
		String first17 = "140105" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	// ---------------------------------------------------------------- staff token

	static HttpServer jwks(RSAPublicKey key) throws IOException {
		String jwk = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
				+ unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}";
		byte[] body = jwk.getBytes(StandardCharsets.UTF_8);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/jwks", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		return server;
	}

	/**
	 * A CASE_MANAGER token as disclosure-service issues them, signed with the bench's
	 * key.
	 */
	static String token(KeyPair key) throws Exception {
		long now = Instant.now().getEpochSecond();
		String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
		String claims = "{\"iss\":\"http://localhost:8080\",\"sub\":\"casemgr\",\"aud\":\"jianwu\",\"name\":\"基准测试\","
				+ "\"roles\":[\"CASE_MANAGER\"],\"department\":\"案件管理部\",\"iat\":" + now + ",\"exp\":" + (now + 900)
				+ ",\"jti\":\"" + UUID.randomUUID() + "\"}";
		Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
		String signingInput = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initSign(key.getPrivate());
		signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
		return signingInput + "." + url.encodeToString(signature.sign());
	}

	static String unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes[0] == 0) {
			bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	// ---------------------------------------------------------------- load

	record Result(double rate, double p50, double p90, double p99, double max, long errors, long requests) {
	}

	static void line(StringBuilder report, String label, Result result, double gatewayCpu, double serviceCpu) {
		report.append(String.format(Locale.ROOT, "%-52s %8.0f %8.2f %8.2f %8.2f %8.1f %7d %11s %11s%n", label,
				result.rate, result.p50, result.p90, result.p99, result.max, result.errors, cpu(gatewayCpu),
				cpu(serviceCpu)));
	}

	static String cpu(double millis) {
		return Double.isNaN(millis) ? "" : String.format(Locale.ROOT, "%.2f", millis);
	}

	/** wrk, closed loop: maximum throughput and its latency distribution. */
	static Result wrk(String base, Path codes, int connections, int seconds) throws Exception {
		System.out.printf("wrk -t2 -c%d -d%ds %s ...%n", connections, seconds, base);
		Process process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
				"--timeout", "5s", "-s", "bench/case-query/query.lua", base, "--", codes.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Files.writeString(OUT.resolve("wrk-" + base.substring(base.lastIndexOf(':') + 1) + ".txt"), output);
		double rate = number(output, "Requests/sec:\\s+([0-9.]+)");
		long requests = (long) number(output, "(\\d+) requests in");
		long errors = (long) numberOr(output, "Non-2xx or 3xx responses:\\s+(\\d+)", 0)
				+ (long) numberOr(output, "Socket errors:.*?timeout (\\d+)", 0);
		return new Result(rate, millis(output, "50%"), millis(output, "90%"), millis(output, "99%"),
				millisOf(matchOr(output, "Latency\\s+\\S+\\s+\\S+\\s+(\\S+)", "0ms")), errors, requests);
	}

	/**
	 * Until the JIT has compiled the hot paths with C2, which takes some ten thousand
	 * requests, not a number of seconds: a process warmed up for a fixed time on a busy
	 * machine would be measured half interpreted, at several times its CPU per request.
	 */
	static void warmUp(String base, List<String[]> credentials) throws Exception {
		int requests = Integer.parseInt(env("BENCH_WARMUP_REQUESTS", "20000"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		long done = 0;
		while (done < requests && System.nanoTime() < deadline) {
			done += closedLoop(base, credentials, 8, 5).requests;
		}
		System.out.printf("Warmed up %s with %d requests%n", base, done);
	}

	/** Closed loop in Java (warm-up, or when wrk is not installed). */
	static Result closedLoop(String base, List<String[]> credentials, int connections, int seconds) throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<long[]> samples = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		List<CompletableFuture<long[]>> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int w = 0; w < connections; w++) {
			int offset = w * 7;
			workers.add(CompletableFuture.supplyAsync(() -> {
				long[] latencies = new long[1 << 18];
				int n = 0;
				int i = offset;
				while (System.nanoTime() < end && n < latencies.length) {
					String[] credential = credentials.get(i++ % credentials.size());
					long t0 = System.nanoTime();
					try {
						HttpResponse<Void> response = client.send(request(base, credential),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					latencies[n++] = System.nanoTime() - t0;
				}
				return Arrays.copyOf(latencies, n);
			}, pool));
		}
		for (CompletableFuture<long[]> worker : workers) {
			samples.add(worker.get());
		}
		pool.shutdown();
		double elapsed = (System.nanoTime() - started) / 1e9;
		long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return summary(all, all.length / elapsed, errors.get());
	}

	/**
	 * Fixed rate over a fixed number of connections, as wrk2 does it: request i is due at
	 * start + i / rate, the next free connection sends it as soon as it is due, and its
	 * latency is measured from when it was due, so that a stall of the server (or the
	 * client) is counted in full instead of being hidden (no coordinated omission). A
	 * server that cannot keep up shows it as growing latency, not as a client that opens
	 * ever more connections.
	 */
	static Result openLoop(String base, List<String[]> credentials, int rate, int seconds, int connections)
			throws Exception {
		System.out.printf("fixed rate %d req/s for %d s on %s over %d connections ...%n", rate, seconds, base,
				connections);
		int total = rate * seconds;
		long interval = 1_000_000_000L / rate;
		long[] latencies = new long[total];
		AtomicLong errors = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime() + 50_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		List<CompletableFuture<Void>> workers = new ArrayList<>();
		for (int w = 0; w < connections; w++) {
			workers.add(CompletableFuture.runAsync(() -> {
				// one client per worker: one keep-alive connection each
				HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					long due = start + i * interval;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					try {
						HttpResponse<Void> response = client.send(
								request(base, credentials.get(i % credentials.size())),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - due;
				}
			}, pool));
		}
		CompletableFuture.allOf(workers.toArray(new CompletableFuture[0])).join();
		pool.shutdown();
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		return summary(sorted, total / elapsed, errors.get());
	}

	static HttpRequest request(String base, String[] credential) {
		return HttpRequest.newBuilder(URI.create(base + "/api/cases/query"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"queryCode\":\"" + credential[0] + "\",\"idLast4\":\"" + credential[1] + "\"}"))
			.build();
	}

	static Result summary(long[] sortedNanos, double rate, long errors) {
		if (sortedNanos.length == 0) {
			return new Result(0, 0, 0, 0, 0, errors, 0);
		}
		return new Result(rate, percentile(sortedNanos, 50), percentile(sortedNanos, 90), percentile(sortedNanos, 99),
				sortedNanos[sortedNanos.length - 1] / 1e6, errors, sortedNanos.length);
	}

	static double percentile(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	// ---------------------------------------------------------------- helpers

	static double millis(String wrkOutput, String percentile) {
		return millisOf(matchOr(wrkOutput, "\\s" + Pattern.quote(percentile) + "\\s+(\\S+)", "0ms"));
	}

	/** wrk's durations: 812.00us, 1.23ms, 2.01s. */
	static double millisOf(String value) {
		Matcher m = Pattern.compile("([0-9.]+)(us|ms|s|m)").matcher(value);
		if (!m.matches()) {
			return 0;
		}
		double n = Double.parseDouble(m.group(1));
		return switch (m.group(2)) {
			case "us" -> n / 1000;
			case "ms" -> n;
			case "s" -> n * 1000;
			default -> n * 60_000;
		};
	}

	static double number(String text, String regex) {
		return Double.parseDouble(matchOr(text, regex, null));
	}

	static double numberOr(String text, String regex, double otherwise) {
		String match = matchOr(text, regex, null);
		return (match != null) ? Double.parseDouble(match) : otherwise;
	}

	static String matchOr(String text, String regex, String otherwise) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? m.group(1) : otherwise;
	}

	static void requireFree(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			throw new IllegalStateException("Port " + port + " is in use; set BENCH_SERVICE_PORT / BENCH_GATEWAY_PORT");
		}
		catch (IOException ex) {
			// free
		}
	}

	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
