package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code start} and {@code infra}: runs the infrastructure (and the services), waits
 * until everything is healthy, then stays in the foreground until Ctrl-C or SIGTERM, and
 * stops what it started in reverse order. Each step is a class of its own; this one says
 * in which order they run.
 */
final class StartCommand {

	static final String LAUNCHER = "launcher";

	private final Layout layout;

	private final LauncherOptions options;

	private final boolean withServices;

	private final RunState state;

	private final PidFiles pidFiles;

	private final RestartRequests restartRequests;

	private final Restarts restarts;

	private final ExecutorService starters = Executors.newFixedThreadPool(4, (task) -> {
		Thread thread = new Thread(task, "jianwu-start");
		thread.setDaemon(true);
		return thread;
	});

	private volatile LauncherLock lock;

	StartCommand(Layout layout, LauncherOptions options, boolean withServices) {
		this.layout = layout;
		this.options = options;
		this.withServices = withServices;
		this.state = new RunState(Topology.services(options.caseQueryReplicas()));
		this.pidFiles = new PidFiles(layout.run());
		this.restartRequests = new RestartRequests(layout);
		this.restarts = new Restarts(this.state.running, this.pidFiles, this.restartRequests, this.state.services,
				options.healthTimeout(), this.state::stopping);
	}

	int run() {
		Console.say("data folder: " + this.layout.data());
		createFolders();
		Optional<LauncherLock> lock = LauncherLock.acquire(this.layout, this.pidFiles);
		if (lock.isEmpty()) {
			return 1;
		}
		this.lock = lock.get();
		Leftovers.stop(this.layout, this.pidFiles, this.restartRequests);
		this.pidFiles.write(LAUNCHER, ProcessHandle.current().pid());
		LauncherState.write(this.layout, this.withServices ? "start" : "infra", this.options);
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopEverything, "jianwu-stop"));

		List<Topology.Service> services = this.withServices ? this.state.services : List.of();
		List<Topology.Simulator> simulators = simulators();
		Optional<Map<Topology.Service, Path>> jars = Artifacts.find(this.layout, services, simulators);
		if (jars.isEmpty() || !FreePorts.check(services, simulators)) {
			return 1;
		}
		StartContext context = new StartContext(this.layout, this.options, this.state, this.pidFiles, this.restarts,
				this.starters);
		if (!new InfrastructureStarts(context).start(simulators)) {
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
			new ServiceStarts(context).start(jars.get(), database, simulators);
			if (!ServicesUp.await(this.state, this.layout, this.options.healthTimeout())) {
				return 1;
			}
		}
		// from the launcher's start, as the console shows it
		double seconds = Console.seconds();
		new RunSummary(this.state, this.options, this.layout).print(this.withServices, seconds);
		ReadyFile.write(this.layout, seconds);
		new Watch(this.state, this.restarts).untilStopped();
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

	/**
	 * The simulated APIs this run needs: none without services or with real credentials.
	 */
	private List<Topology.Simulator> simulators() {
		if (!this.withServices) {
			return List.of();
		}
		return Topology.SIMULATORS.stream().filter(Topology.Simulator::wanted).toList();
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

	/**
	 * The shutdown hook: services first, then Kafka, Elasticsearch, PostgreSQL, Redis.
	 */
	void stopEverything() {
		if (!this.state.beginStopping()) {
			return;
		}
		new Shutdown(this.state, this.layout, this.pidFiles, this.restarts, this.starters).stop();
		if (this.lock != null) {
			this.lock.release();
		}
		this.state.markStopped();
	}

}
