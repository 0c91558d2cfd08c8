package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import cn.jianwu.infra.ElasticsearchHealth;
import cn.jianwu.infra.KafkaProbe;
import cn.jianwu.infra.Ports;
import cn.jianwu.infra.ProcessControl;
import cn.jianwu.infra.ProcessLogs;
import cn.jianwu.infra.Table;

/**
 * {@code start} and {@code infra}: runs the infrastructure (and the services), waits
 * until everything is healthy, then stays in the foreground until Ctrl-C or SIGTERM, and
 * stops what it started in reverse order.
 */
final class StartCommand {

	static final String LAUNCHER = "launcher";

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private final Layout layout;

	private final LauncherOptions options;

	/** The services to run, with as many case-query-service instances as asked for. */
	private final List<Topology.Service> services;

	private final boolean withServices;

	private final PidFiles pidFiles;

	private final Map<String, Running> running = new ConcurrentHashMap<>();

	private final Map<String, Process> serviceProcesses = new ConcurrentHashMap<>();

	/** PIDs already reported as ended. */
	private final Set<Long> reportedDead = ConcurrentHashMap.newKeySet();

	private final ExecutorService starters = Executors.newFixedThreadPool(4, (task) -> {
		Thread thread = new Thread(task, "jianwu-start");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final RestartRequests restartRequests;

	private final Restarts restarts;

	private FileChannel lockChannel;

	private FileLock lock;

	StartCommand(Layout layout, LauncherOptions options, boolean withServices) {
		this.layout = layout;
		this.options = options;
		this.services = Topology.services(options.caseQueryReplicas());
		this.withServices = withServices;
		this.pidFiles = new PidFiles(layout.run());
		this.restartRequests = new RestartRequests(layout);
		this.restarts = new Restarts(this.running, this.pidFiles, this.restartRequests, this.services,
				options.healthTimeout(), this.stopping::get);
	}

	int run() {
		Console.say("data folder: " + this.layout.data());
		createFolders();
		if (!acquireLock()) {
			return 1;
		}
		stopLeftovers();
		this.pidFiles.write(LAUNCHER, ProcessHandle.current().pid());
		LauncherState.write(this.layout, this.withServices ? "start" : "infra", this.options);
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopEverything, "jianwu-stop"));

		Map<Topology.Service, Path> jars = new LinkedHashMap<>();
		if (!findArtifacts(jars) || !portsAreFree()) {
			return 1;
		}
		if (!startInfrastructure()) {
			return 1;
		}
		LauncherOptions.Database database;
		try {
			database = prepareDatabase();
		}
		catch (IllegalStateException ex) {
			Console.say("ERROR: " + ex.getMessage());
			return 1;
		}
		if (this.withServices) {
			startServices(jars, database);
			if (!awaitServicesUp()) {
				return 1;
			}
		}
		// from the launcher's start, as the console shows it
		double seconds = Console.seconds();
		printSummary(seconds);
		writeReady(seconds);
		watchUntilStopped();
		return 0;
	}

	private void createFolders() {
		try {
			Files.createDirectories(this.layout.logs());
			Files.createDirectories(this.layout.run());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not create " + this.layout.data(), ex);
		}
	}

	private boolean acquireLock() {
		try {
			this.lockChannel = FileChannel.open(this.layout.run().resolve("launcher.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			this.lock = this.lockChannel.tryLock();
		}
		catch (IOException | OverlappingFileLockException ex) {
			this.lock = null;
		}
		if (this.lock == null) {
			String pid = this.pidFiles.read(LAUNCHER).map(String::valueOf).orElse("?");
			Console.say("already running (pid " + pid + ") — use deploy/local/run.sh stop");
			return false;
		}
		return true;
	}

	/** Processes of an earlier launcher that was killed without stopping them. */
	private void stopLeftovers() {
		for (String name : StopOrder.of(this.pidFiles.names())) {
			if (LAUNCHER.equals(name)) {
				continue;
			}
			this.pidFiles.live(name).ifPresent((process) -> {
				Console.say("stopping " + name + " (pid " + process.pid() + "), left running by an earlier launcher");
				StopOrder.stop(name, process.pid());
			});
			this.pidFiles.delete(name);
		}
		deleteQuietly(this.layout.readyFile());
		this.restartRequests.clear();
	}

	private boolean findArtifacts(Map<Topology.Service, Path> jars) {
		List<String> missing = new ArrayList<>();
		if (!Files.isDirectory(this.layout.libraries())) {
			missing.add("the launcher's libraries (" + this.layout.libraries() + ")");
		}
		if (this.layout.elasticsearchDistribution().isEmpty()) {
			missing.add("the Elasticsearch distribution (" + this.layout.launcherTarget().resolve("dist") + ")");
		}
		if (!simulators().isEmpty() && this.layout.wiremockJar().isEmpty()) {
			missing.add("WireMock for the simulated Weibo and WeChat APIs ("
					+ this.layout.launcherTarget().resolve("dist") + ")");
		}
		if (!simulators().isEmpty() && this.layout.simulatorsJar().isEmpty()) {
			missing.add("the simulated accounts' memory, simulators-*.jar ("
					+ this.layout.launcherTarget().resolve("dist") + ")");
		}
		if (this.withServices) {
			for (Topology.Service service : this.services) {
				Optional<Path> jar = this.layout.executableJar(service);
				if (jar.isPresent()) {
					jars.put(service, jar.get());
				}
				else {
					missing
						.add(service.name() + " (" + service.module() + "/target/" + service.module() + "-*-exec.jar)");
				}
			}
		}
		if (missing.isEmpty()) {
			return true;
		}
		Console.say("not built yet:\n  " + String.join("\n  ", missing)
				+ "\nbuild with: deploy/local/run.sh --rebuild   (or ./mvnw -DskipTests package)");
		return false;
	}

	private boolean portsAreFree() {
		Map<Integer, String> ports = new LinkedHashMap<>();
		if (this.withServices) {
			this.services.forEach((service) -> ports.put(service.port(), service.name()));
		}
		simulators().forEach((simulator) -> ports.put(simulator.port(), simulator.name()));
		ports.put(Topology.KAFKA_PORT, "Kafka");
		ports.put(Topology.KAFKA_CONTROLLER_PORT, "the Kafka controller");
		ports.put(Topology.ELASTICSEARCH_HTTP_PORT, "Elasticsearch (HTTP)");
		ports.put(Topology.ELASTICSEARCH_TRANSPORT_PORT, "Elasticsearch (transport)");
		List<String> taken = new ArrayList<>();
		ports.forEach((port, what) -> {
			if (!Ports.isFree(port)) {
				taken.add("port " + port + " is taken, " + what + " should be there"
						+ PortOwners.describe(port).map((owner) -> "; it is used by " + owner).orElse("")
						+ guess(port));
			}
		});
		if (taken.isEmpty()) {
			return true;
		}
		taken.forEach((problem) -> Console.say("ERROR: " + problem));
		Console.say("stop those programs first (or, if they are left from an earlier run: deploy/local/run.sh stop)");
		return false;
	}

	private static String guess(int port) {
		if (port == Topology.KAFKA_PORT && KafkaProbe.answers(Topology.HOST, port, Duration.ofSeconds(1))) {
			return " (a Kafka broker answers there)";
		}
		if (port == Topology.ELASTICSEARCH_HTTP_PORT
				&& ElasticsearchHealth.status("http://" + Topology.HOST + ":" + port, Duration.ofSeconds(2))
					.isPresent()) {
			return " (an Elasticsearch node answers there)";
		}
		return "";
	}

	/**
	 * The simulated APIs this run needs: none without services or with real credentials.
	 */
	private List<Topology.Simulator> simulators() {
		if (!this.withServices) {
			return List.of();
		}
		return Topology.SIMULATORS.stream().filter(Topology.Simulator::wanted).toList();
	}

	private boolean startInfrastructure() {
		Console.say("starting PostgreSQL, Redis, Kafka and Elasticsearch in parallel ...");
		Map<String, Future<Running>> futures = new LinkedHashMap<>();
		futures.put(Topology.POSTGRES,
				submit(Topology.POSTGRES, () -> LocalPostgres.reuseOrStart(this.layout, this.options.postgresPort())));
		futures.put(Topology.REDIS,
				submit(Topology.REDIS, () -> LocalRedis.reuseOrStart(this.layout, this.options.redisPort())));
		futures.put(Topology.KAFKA, submit(Topology.KAFKA, () -> LocalKafka.start(this.layout)));
		futures.put(Topology.ELASTICSEARCH,
				submit(Topology.ELASTICSEARCH, () -> LocalElasticsearch.start(this.layout)));
		for (Topology.Simulator simulator : simulators()) {
			futures.put(simulator.name(),
					submit(simulator.name(), () -> LocalSimulators.start(this.layout, simulator)));
		}
		boolean ok = true;
		for (Map.Entry<String, Future<Running>> entry : futures.entrySet()) {
			try {
				entry.getValue().get();
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				Console.say("ERROR: " + entry.getKey() + " did not start: "
						+ ((cause instanceof IllegalStateException) ? cause.getMessage() : cause.toString()));
				ok = false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return ok;
	}

	/** Starts a server in the background; a restart starts it the same way. */
	private Future<Running> submit(String name, Supplier<Running> start) {
		this.restarts.remember(name, start);
		return this.starters.submit(() -> register(start.get()));
	}

	private Running register(Running server) {
		this.running.put(server.name(), server);
		if (!server.owned()) {
			Console.say(server.name() + ": reusing the server that already runs at " + server.address());
			return server;
		}
		this.pidFiles.write(server.name(), server.pid());
		if (this.stopping.get()) {
			// Ctrl-C came while it was starting
			server.stopper().run();
			this.pidFiles.delete(server.name());
			return server;
		}
		Console.say(String.format("%s ready at %s (pid %d, started in %.1f s)", server.name(), server.address(),
				server.pid(), server.startSeconds()));
		return server;
	}

	private LauncherOptions.Database prepareDatabase() {
		if (this.options.database() != null) {
			Console.say("database: " + this.options.database().url() + " (from DB_URL)");
			return this.options.database();
		}
		LauncherOptions.Database database = DatabaseSetup.ensure(this.options.postgresPort());
		Console.say("database: " + database.url() + " (role and database '" + DatabaseSetup.NAME + "' are there)");
		return database;
	}

	private void startServices(Map<Topology.Service, Path> jars, LauncherOptions.Database database) {
		Map<String, String> environment = ServiceProcesses.environment(database, this.options.redisPort(),
				this.options.demo());
		environment.putAll(SimulatedApis.environment(simulators()));
		if (this.options.caseQueryReplicas() > 1) {
			// the gateway balances the case-query routes over every instance
			environment.put("CASE_QUERY_URLS", Topology.caseQueryUrls(this.services));
		}
		Console.say("starting " + jars.size() + " services with " + String.join(" ", this.options.serviceJavaOptions())
				+ " ...");
		Map<Topology.Service, Future<ClassDataSharing.Launch>> launches = new LinkedHashMap<>();
		jars.forEach((service, jar) -> launches.put(service, this.starters.submit(() -> launch(service, jar))));
		Map<String, List<String>> modes = new LinkedHashMap<>();
		for (Map.Entry<Topology.Service, Future<ClassDataSharing.Launch>> entry : launches.entrySet()) {
			Topology.Service service = entry.getKey();
			if (this.stopping.get()) {
				return;
			}
			ClassDataSharing.Launch launch;
			try {
				launch = entry.getValue().get();
			}
			catch (ExecutionException | InterruptedException ex) {
				launch = new ClassDataSharing.Launch(jars.get(service), List.of(), "off");
			}
			Running server = startService(service, launch, environment);
			this.restarts.remember(service.name(),
					() -> startService(service, launch(service, jars.get(service)), environment));
			this.running.put(service.name(), server);
			this.pidFiles.write(service.name(), server.pid());
			modes.computeIfAbsent(launch.mode(), (mode) -> new ArrayList<>()).add(service.name());
		}
		if (modes.containsKey("recording")) {
			Console.say("class data sharing: recording the class archives of "
					+ String.join(", ", modes.get("recording")) + " (written when they stop; later starts are faster)");
		}
		if (modes.containsKey("using")) {
			Console.say("class data sharing: using the class archives of " + modes.get("using").size() + " services");
		}
	}

	private ClassDataSharing.Launch launch(Topology.Service service, Path jar) {
		return this.options.classDataSharing() ? ClassDataSharing.prepare(service, jar, this.layout)
				: new ClassDataSharing.Launch(jar, List.of(), "off");
	}

	private Running startService(Topology.Service service, ClassDataSharing.Launch launch,
			Map<String, String> environment) {
		Process process = ServiceProcesses.start(service, launch, this.layout, this.options.serviceJavaOptions(),
				environment);
		this.serviceProcesses.put(service.name(), process);
		boolean recording = "recording".equals(launch.mode());
		return new Running(service.name(), service.url(), process.pid(), this.layout.logFile(service.name()), () -> {
			if (recording) {
				// writing the archive at exit takes a while, all services at once
				ClassDataSharing.finish(service, this.layout,
						ServiceProcesses.stop(process.pid(), ClassDataSharing.RECORDING_STOP_TIMEOUT));
			}
			else {
				ServiceProcesses.stop(process.pid());
			}
		}, 0);
	}

	private boolean awaitServicesUp() {
		long started = System.nanoTime();
		long deadline = started + this.options.healthTimeout().toNanos();
		long nextProgress = started + PROGRESS_EVERY.toNanos();
		List<Topology.Service> pending = new ArrayList<>(this.services);
		pending.removeIf((service) -> !this.serviceProcesses.containsKey(service.name()));
		Map<String, String> lastStatus = new ConcurrentHashMap<>();
		while (!pending.isEmpty()) {
			if (this.stopping.get()) {
				return false;
			}
			for (Topology.Service service : List.copyOf(pending)) {
				Process process = this.serviceProcesses.get(service.name());
				if (!process.isAlive()) {
					Console.say("ERROR: " + service.name() + " exited with code " + process.exitValue()
							+ " before it was UP" + ProcessLogs.tailBlock(this.layout.logFile(service.name()), 30));
					return false;
				}
				String status = ServiceHealth.status(service.healthUrl());
				lastStatus.put(service.name(), status);
				if (ServiceHealth.UP.equals(status)) {
					pending.remove(service);
					Console.say(String.format("%s is UP at %s (%.1f s)", service.name(), service.url(),
							(System.nanoTime() - started) / 1e9));
				}
			}
			long now = System.nanoTime();
			if (pending.isEmpty()) {
				break;
			}
			if (now > deadline) {
				for (Topology.Service service : pending) {
					Console
						.say("ERROR: " + service.name() + " is not UP after " + this.options.healthTimeout().toSeconds()
								+ " s (health: " + lastStatus.getOrDefault(service.name(), ServiceHealth.NO_ANSWER)
								+ ")" + ProcessLogs.tailBlock(this.layout.logFile(service.name()), 30));
				}
				return false;
			}
			if (now > nextProgress) {
				nextProgress = now + PROGRESS_EVERY.toNanos();
				Console.say(String.format("waiting for %s ... (%d s)",
						String.join(", ", pending.stream().map(Topology.Service::name).toList()),
						Math.round((now - started) / 1e9)));
			}
			Launcher.pause(Duration.ofMillis(1000));
		}
		return true;
	}

	private void printSummary(double seconds) {
		Table table = new Table("NAME", "ADDRESS", "HEALTH", "PID", "RSS", "LOG");
		long totalKib = 0;
		Set<Long> counted = new HashSet<>();
		List<Running> rows = new ArrayList<>();
		for (Topology.Service service : this.services) {
			Optional.ofNullable(this.running.get(service.name())).ifPresent(rows::add);
		}
		for (Topology.Simulator simulator : Topology.SIMULATORS) {
			Optional.ofNullable(this.running.get(simulator.name())).ifPresent(rows::add);
		}
		for (String name : List.of(Topology.KAFKA, Topology.ELASTICSEARCH, Topology.POSTGRES, Topology.REDIS)) {
			Optional.ofNullable(this.running.get(name)).ifPresent(rows::add);
		}
		for (Running server : rows) {
			String rss = "-";
			if (server.owned()) {
				List<ProcessHandle> tree = new ArrayList<>(ProcessTrees.tree(server.pid()));
				tree.removeIf((process) -> !counted.add(process.pid()));
				long kib = ProcessTrees.residentKib(tree);
				totalKib += kib;
				rss = ProcessMemory.mib(kib);
			}
			table.row(server.name(), server.address(), health(server),
					server.owned() ? Long.toString(server.pid()) : "-", rss,
					server.owned() ? displayPath(server.log()) : "(reused, not started here)");
		}
		// unpacking the embedded PostgreSQL grew the heap; give that memory back
		System.gc();
		long launcherKib = ProcessMemory.vmRssKib(ProcessHandle.current().pid());
		Console.print("\n" + table.render() + "\n");
		Console.print("  data folder: " + this.layout.data() + "\n");
		Console.print(
				String.format(
						"  %s in %.1f s; memory (sum of VmRSS) of the started processes: %s "
								+ "(launcher itself: %s)%n",
						this.withServices ? "all UP" : "infrastructure ready", seconds, ProcessMemory.mib(totalKib),
						ProcessMemory.mib(launcherKib)));
		Console.print("  Stop with Ctrl-C or deploy/local/run.sh stop\n\n");
	}

	private String health(Running server) {
		if (this.services.stream().anyMatch((service) -> service.name().equals(server.name()))) {
			return ServiceHealth.status(server.address() + "/actuator/health");
		}
		for (Topology.Simulator simulator : Topology.SIMULATORS) {
			if (simulator.name().equals(server.name())) {
				return Ports.isOpen(Topology.HOST, simulator.port(), Duration.ofSeconds(1)) ? "UP" : "-";
			}
		}
		return switch (server.name()) {
			case Topology.KAFKA ->
				KafkaProbe.answers(Topology.HOST, Topology.KAFKA_PORT, Duration.ofSeconds(2)) ? "UP" : "-";
			case Topology.ELASTICSEARCH ->
				ElasticsearchHealth.status(server.address(), Duration.ofSeconds(2)).orElse("-");
			case Topology.POSTGRES ->
				Ports.isOpen(Topology.HOST, this.options.postgresPort(), Duration.ofSeconds(1)) ? "UP" : "-";
			case Topology.REDIS ->
				RedisPing.pong(Topology.HOST, this.options.redisPort(), Duration.ofSeconds(1)) ? "UP" : "-";
			default -> "?";
		};
	}

	private String displayPath(Path path) {
		Path current = Path.of("").toAbsolutePath();
		return path.startsWith(current) ? current.relativize(path).toString() : path.toString();
	}

	private void writeReady(double seconds) {
		try {
			String runId = System.getenv("JIANWU_RUN_ID");
			Files.writeString(this.layout.readyFile(),
					String.format("ready %s after %.1f s (launcher pid %d%s)%n",
							OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), seconds,
							ProcessHandle.current().pid(), (runId != null) ? ", run " + runId : ""),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			Console.say("could not write " + this.layout.readyFile() + ": " + ex.getMessage());
		}
	}

	/**
	 * Stays in the foreground; reports processes that end on their own and restarts parts
	 * on request ({@code run.sh restart}).
	 */
	private void watchUntilStopped() {
		try {
			while (!this.stopped.await(500, TimeUnit.MILLISECONDS)) {
				if (this.stopping.get()) {
					continue;
				}
				this.restarts.takeRequests();
				for (Running server : this.running.values()) {
					if (server.owned() && !this.restarts.isRestarting(server.name())
							&& !ProcessControl.isAlive(server.pid()) && this.reportedDead.add(server.pid())) {
						Console.say("WARNING: " + server.name() + " (pid " + server.pid() + ") has ended; see "
								+ server.log() + "; start it again with deploy/local/run.sh restart " + server.name());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The shutdown hook: services first, then Kafka, Elasticsearch, PostgreSQL, Redis.
	 */
	void stopEverything() {
		if (!this.stopping.compareAndSet(false, true)) {
			return;
		}
		if (!this.running.isEmpty()) {
			Console.say("stopping ...");
		}
		this.starters.shutdownNow();
		this.restarts.shutdown();
		try {
			this.starters.awaitTermination(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Map<String, List<ProcessHandle>> trees = new LinkedHashMap<>();
		this.running.values()
			.stream()
			.filter(Running::owned)
			.forEach((server) -> trees.put(server.name(), ProcessTrees.tree(server.pid())));
		List<Running> services = this.running.values()
			.stream()
			.filter((server) -> server.owned()
					&& this.services.stream().anyMatch((service) -> service.name().equals(server.name())))
			.toList();
		if (!services.isEmpty()) {
			Console.say("stopping " + services.size() + " services ...");
			List<Thread> stoppers = new ArrayList<>();
			for (Running service : services) {
				Thread thread = new Thread(service.stopper(), "stop-" + service.name());
				thread.start();
				stoppers.add(thread);
			}
			for (Thread thread : stoppers) {
				join(thread);
			}
		}
		for (String name : Topology.INFRASTRUCTURE) {
			Running server = this.running.get(name);
			if (server != null && server.owned()) {
				Console.say("stopping " + name + " (pid " + server.pid() + ") ...");
				server.stopper().run();
			}
		}
		List<String> survivors = new ArrayList<>();
		trees.forEach((name, tree) -> tree.stream()
			.filter(ProcessHandle::isAlive)
			.forEach((process) -> survivors.add(name + " (pid " + process.pid() + ")")));
		for (String name : trees.keySet()) {
			this.pidFiles.delete(name);
		}
		deleteQuietly(this.layout.readyFile());
		this.pidFiles.delete(LAUNCHER);
		if (trees.isEmpty()) {
			// nothing was started
		}
		else if (survivors.isEmpty()) {
			int count = trees.values().stream().mapToInt(List::size).sum();
			Console.say("stopped " + trees.size() + " servers (" + count + " processes); none of them runs any more");
		}
		else {
			Console.say("WARNING: still running: " + String.join(", ", survivors));
		}
		releaseLock();
		this.stopped.countDown();
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void releaseLock() {
		try {
			if (this.lock != null) {
				this.lock.release();
			}
			if (this.lockChannel != null) {
				this.lockChannel.close();
			}
		}
		catch (IOException ex) {
			// the JVM ends anyway
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// nothing to do
		}
	}

}
