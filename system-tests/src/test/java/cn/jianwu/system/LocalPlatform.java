package cn.jianwu.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform started the way the README says: {@code deploy/local/run.sh start
 * --detach --demo}, with its data folder under {@code target/} and a database of its own
 * on the local PostgreSQL (created here, dropped when stopped), and stopped with
 * {@code run.sh stop} on the same data folder. It never builds: a missing jar fails the
 * test with the command that builds it; a platform port already taken (another run, an
 * engineer's platform) fails it too, naming the port, instead of touching that run.
 */
final class LocalPlatform implements AutoCloseable {

	/** Every port the launcher needs (docs/architecture.md "Ports", the simulators). */
	static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8091, 8092, 9092, 9093,
			9200, 9300);

	static final List<String> SERVICES = List.of("gateway", "disclosure-service", "case-query-service",
			"search-service", "channel-weibo", "channel-wechat", "channel-bulletin", "portal");

	private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private final Path repository;

	private final Path data;

	private final String database;

	private final Map<String, String> environment;

	private boolean started;

	private LocalPlatform(Path repository, Path data, String database, Map<String, String> environment) {
		this.repository = repository;
		this.data = data;
		this.database = database;
		this.environment = environment;
	}

	/**
	 * Starts the platform and returns once every service is UP.
	 * @param data the launcher's data folder (logs, Kafka and Elasticsearch data)
	 * @param extra more environment for the services (e.g. rate limits)
	 */
	static LocalPlatform start(Path data, Map<String, String> extra) throws IOException, InterruptedException {
		Path repository = repository();
		requireBuilt(repository);
		requireFreePorts();
		String database = "jianwu_e2e_" + ProcessHandle.current().pid();
		createDatabase(database);
		Map<String, String> environment = new HashMap<>(extra);
		environment.put("JIANWU_DATA", data.toAbsolutePath().toString());
		environment.put("DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
		environment.put("DB_USER", "postgres");
		environment.put("DB_PASSWORD", "");
		// A fresh data folder every run: class data sharing would only make stopping
		// slower.
		environment.put("JIANWU_CDS", "off");
		LocalPlatform platform = new LocalPlatform(repository, data, database, environment);
		Files.createDirectories(data);
		platform.started = true;
		int exit = platform.runScript(Duration.ofMinutes(6), "start", "--detach", "--demo");
		if (exit != 0) {
			String log = tail(data.resolve("logs").resolve("launcher.log"), 60);
			platform.close();
			throw new IllegalStateException(
					"deploy/local/run.sh start failed (exit " + exit + "); launcher log:\n" + log);
		}
		return platform;
	}

	Path logs() {
		return this.data.resolve("logs");
	}

	/**
	 * Kills one process the launcher started the way a crash would (SIGKILL: no shutdown
	 * hook, no goodbye to Kafka or the database) and waits until it is gone.
	 * @param name a service, {@code kafka} or {@code elasticsearch}
	 */
	void kill(String name) throws IOException {
		long pid = Long.parseLong(Files.readString(this.data.resolve("run").resolve(name + ".pid")).strip());
		ProcessHandle process = ProcessHandle.of(pid)
			.orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
		process.destroyForcibly();
		process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
	}

	/**
	 * {@code deploy/local/run.sh restart <name>}: starts the part again as at start-up
	 * and returns once it is healthy.
	 */
	void restart(String name) throws IOException, InterruptedException {
		int exit = runScript(Duration.ofMinutes(4), "restart", name);
		if (exit != 0) {
			throw new IllegalStateException("deploy/local/run.sh restart " + name + " ended with " + exit + ":\n"
					+ tail(this.data.resolve("run-sh-restart.log"), 30));
		}
	}

	@Override
	public void close() {
		if (!this.started) {
			return;
		}
		this.started = false;
		try {
			int exit = runScript(Duration.ofMinutes(3), "stop");
			if (exit != 0) {
				System.err.println("deploy/local/run.sh stop ended with " + exit + "; see " + logs());
			}
		}
		catch (IOException ex) {
			System.err.println("deploy/local/run.sh stop failed: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			dropDatabase(this.database);
		}
	}

	private int runScript(Duration timeout, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", "deploy/local/run.sh"));
		command.addAll(List.of(arguments));
		Path output = this.data.resolve("run-sh-" + arguments[0] + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.repository.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().putAll(this.environment);
		Process process = builder.start();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroy();
			throw new IllegalStateException("deploy/local/run.sh " + arguments[0] + " did not end within " + timeout
					+ "; its output:\n" + tail(output, 40));
		}
		return process.exitValue();
	}

	private static Path repository() {
		String configured = System.getProperty("jianwu.repository");
		Path repository = (configured != null) ? Path.of(configured) : Path.of("..");
		return repository.toAbsolutePath().normalize();
	}

	/**
	 * Everything run.sh would otherwise build (and a test must never build the reactor).
	 */
	private static void requireBuilt(Path repository) throws IOException {
		List<String> missing = new ArrayList<>();
		Path launcher = repository.resolve("deploy/launcher/target");
		if (!Files.isRegularFile(launcher.resolve("launcher-0.1.0-SNAPSHOT.jar"))
				|| !Files.isDirectory(launcher.resolve("lib"))) {
			missing.add("deploy/launcher (jar and lib/)");
		}
		if (!contains(launcher.resolve("dist"), "elasticsearch-") || !contains(launcher.resolve("dist"), "wiremock-")
				|| !contains(launcher.resolve("dist"), "simulators-")) {
			missing.add("deploy/launcher/target/dist (Elasticsearch, WireMock and the simulators' extensions)");
		}
		for (String service : SERVICES) {
			if (!contains(repository.resolve(service).resolve("target"), service + "-")) {
				missing.add(service + "/target/" + service + "-*-exec.jar");
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The platform is not built: " + missing + ". Build it first, e.g. "
					+ "./mvnw -B -DskipTests install (the test never builds by itself).");
		}
	}

	private static boolean contains(Path folder, String prefix) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.anyMatch((name) -> name.startsWith(prefix) && (name.endsWith("-exec.jar") || name.endsWith(".zip")
						|| ((name.startsWith("wiremock-") || name.startsWith("simulators-"))
								&& name.endsWith(".jar"))));
		}
	}

	private static void requireFreePorts() {
		List<Integer> taken = PORTS.stream().filter(LocalPlatform::answers).toList();
		if (!taken.isEmpty()) {
			throw new IllegalStateException("Ports " + taken + " are taken: another platform (or program) runs here. "
					+ "Stop it (deploy/local/run.sh stop with its JIANWU_DATA) before this test.");
		}
	}

	private static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void createDatabase(String database) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The local PostgreSQL (127.0.0.1:5432, trust auth for postgres) is needed: "
					+ "start it with 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'", ex);
		}
	}

	private static void dropDatabase(String database) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the test database " + database + ": " + ex.getMessage());
		}
	}

	static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no " + file + ")";
		}
	}

}
