package cn.jianwu.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A real single-node Elasticsearch server from a distribution zip, running as its own
 * process. The zip brings no JDK: the node runs on this JVM's Java. Elasticsearch refuses
 * to run as root, so when this JVM runs as root the node runs as an unprivileged system
 * user that owns the home and data folders.
 */
public final class ElasticsearchNode implements AutoCloseable {

	private static final String HOST = "127.0.0.1";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final Settings settings;

	private final Process launcher;

	private final long pid;

	private ElasticsearchNode(Settings settings, Process launcher, long pid) {
		this.settings = settings;
		this.launcher = launcher;
		this.pid = pid;
	}

	/**
	 * Starts the node and waits until {@code /_cluster/health} answers green or yellow.
	 * @param settings where and how to run it
	 * @return the running node
	 * @throws IllegalStateException when a port is taken, a folder cannot be used, or the
	 * node died or was not healthy in time (the message ends with the last lines of its
	 * log)
	 */
	public static ElasticsearchNode start(Settings settings) {
		checkPortsFree(settings);
		ElasticsearchDistribution.ensureUnpacked(settings.distributionZip(), settings.home());
		Path pidFile = settings.home().resolve("elasticsearch.pid");
		try {
			Files.createDirectories(settings.dataDir());
			Files.createDirectories(logsDir(settings));
			Files.deleteIfExists(pidFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not prepare the Elasticsearch folders", ex);
		}
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
		environment.put("ES_JAVA_OPTS", javaOptions(settings.heap()));
		// the launch JVM (bin/elasticsearch-cli) stays alive beside the node: keep it
		// cheap
		environment.put("CLI_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -Xss256k -XX:ReservedCodeCacheSize=16m");
		List<String> command = elasticsearchCommand(settings, pidFile);
		Process process;
		if (UnprivilegedUser.currentUserIsRoot()) {
			String user = settings.unprivilegedUser();
			UnprivilegedUser.ensureExists(user);
			UnprivilegedUser.chown(user, settings.home(), settings.dataDir());
			Optional<Path> blocked = UnprivilegedUser.firstUntraversableFolder(user, settings.home(),
					settings.dataDir());
			if (blocked.isPresent()) {
				throw new IllegalStateException("Elasticsearch runs as user '" + user + "' (it refuses root), but '"
						+ user + "' may not enter the folder " + blocked.get() + ". Give it access (chmod o+x "
						+ blocked.get() + ") or put the Elasticsearch home and data folders elsewhere");
			}
			process = DetachedProcess.start(UnprivilegedUser.runAs(user, environment, command), Map.of(),
					settings.logFile(), settings.home());
		}
		else {
			process = DetachedProcess.start(command, environment, settings.logFile(), settings.home());
		}
		return awaitHealthy(settings, process, pidFile);
	}

	private static ElasticsearchNode awaitHealthy(Settings settings, Process process, Path pidFile) {
		try {
			return new ElasticsearchNode(settings, process, awaitPidWhenHealthy(settings, process, pidFile));
		}
		catch (RuntimeException ex) {
			readPid(pidFile).ifPresent((pid) -> ProcessControl.terminate(pid, STOP_TIMEOUT));
			ProcessControl.terminate(process.pid(), Duration.ofSeconds(10));
			throw ex;
		}
	}

	private static long awaitPidWhenHealthy(Settings settings, Process process, Path pidFile) {
		String url = url(settings);
		long deadline = System.nanoTime() + settings.startTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
						+ " while starting" + ProcessLogs.tailBlock(settings.logFile(), 30));
			}
			Optional<Long> pid = readPid(pidFile);
			if (pid.isPresent() && ElasticsearchHealth.isUsable(url)) {
				return pid.get();
			}
			Pause.briefly(Duration.ofMillis(500));
		}
		throw new IllegalStateException("Elasticsearch was not green or yellow at " + url + "/_cluster/health within "
				+ settings.startTimeout().toSeconds() + " s" + ProcessLogs.tailBlock(settings.logFile(), 30));
	}

	private static void checkPortsFree(Settings settings) {
		if (!Ports.isFree(settings.httpPort())) {
			if (ElasticsearchHealth.status(url(settings), Duration.ofSeconds(2)).isPresent()) {
				throw new IllegalStateException(
						"port " + settings.httpPort() + " taken: an Elasticsearch node already answers at "
								+ url(settings) + " (not started by this process)");
			}
			throw new IllegalStateException("port " + settings.httpPort()
					+ " taken: another program listens there; the Elasticsearch HTTP port must be free");
		}
		if (!Ports.isFree(settings.transportPort())) {
			throw new IllegalStateException("port " + settings.transportPort()
					+ " taken: another program listens there; the Elasticsearch transport port must be free");
		}
	}

	private static String javaOptions(String heap) {
		// the distribution's jvm.options selects G1 and pre-touches the whole heap; a
		// small local node does better with SerialGC and memory taken only when used
		return "-Xms" + heap + " -Xmx" + heap + " -XX:-UseG1GC -XX:+UseSerialGC -XX:-AlwaysPreTouch";
	}

	private static List<String> elasticsearchCommand(Settings settings, Path pidFile) {
		List<String> command = new ArrayList<>();
		command.add(settings.home().resolve("bin/elasticsearch").toString());
		setting(command, "cluster.name", "jianwu-local");
		setting(command, "node.name", "jianwu-local-1");
		setting(command, "discovery.type", "single-node");
		setting(command, "xpack.security.enabled", "false");
		// a developer's nearly full disk must not turn the indices read-only
		setting(command, "cluster.routing.allocation.disk.threshold_enabled", "false");
		setting(command, "http.host", HOST);
		setting(command, "transport.host", HOST);
		setting(command, "http.port", Integer.toString(settings.httpPort()));
		setting(command, "transport.port", Integer.toString(settings.transportPort()));
		setting(command, "path.data", settings.dataDir().toString());
		setting(command, "path.logs", logsDir(settings).toString());
		command.add("-p");
		command.add(pidFile.toString());
		return command;
	}

	private static void setting(List<String> command, String name, String value) {
		command.add("-E");
		command.add(name + "=" + value);
	}

	private static Path logsDir(Settings settings) {
		return settings.home().resolve("logs");
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			String text = Files.readString(pidFile).strip();
			return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String url(Settings settings) {
		return "http://" + HOST + ":" + settings.httpPort();
	}

	/**
	 * The node's HTTP address.
	 * @return for example {@code http://127.0.0.1:9200}
	 */
	public String url() {
		return url(this.settings);
	}

	/**
	 * The PID of the Elasticsearch server JVM (not of its launch script or of
	 * {@code runuser}).
	 * @return the PID
	 */
	public long pid() {
		return this.pid;
	}

	/**
	 * The settings it was started with.
	 * @return the settings
	 */
	public Settings settings() {
		return this.settings;
	}

	/**
	 * Stops the node: SIGTERM, then SIGKILL after 30 s; the launch processes end with it.
	 */
	public void stop() {
		ProcessControl.terminate(this.pid, STOP_TIMEOUT);
		if (!ProcessControl.waitForExit(this.launcher.toHandle(), Duration.ofSeconds(10))) {
			ProcessControl.terminate(this.launcher.pid(), Duration.ofSeconds(5));
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Where and how to run the node.
	 *
	 * @param distributionZip the distribution, e.g. {@code elasticsearch-8.19.2.zip} of
	 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}
	 * @param home where the zip is unpacked; unpacked again when missing or of another
	 * version
	 * @param dataDir the node's data ({@code path.data}); survives restarts and new
	 * versions
	 * @param logFile where the node's console output goes
	 * @param httpPort e.g. 9200
	 * @param transportPort e.g. 9300
	 * @param heap the JVM heap, e.g. {@code 512m}
	 * @param unprivilegedUser the user that runs the node when this JVM runs as root
	 * (created when missing), e.g. {@code jianwu-es}
	 * @param startTimeout how long to wait for a green or yellow cluster
	 */
	public record Settings(Path distributionZip, Path home, Path dataDir, Path logFile, int httpPort, int transportPort,
			String heap, String unprivilegedUser, Duration startTimeout) {

		public Settings {
			Objects.requireNonNull(distributionZip, "distributionZip");
			Objects.requireNonNull(home, "home");
			Objects.requireNonNull(dataDir, "dataDir");
			Objects.requireNonNull(logFile, "logFile");
			Objects.requireNonNull(heap, "heap");
			Objects.requireNonNull(unprivilegedUser, "unprivilegedUser");
			Objects.requireNonNull(startTimeout, "startTimeout");
			distributionZip = distributionZip.toAbsolutePath();
			home = home.toAbsolutePath();
			dataDir = dataDir.toAbsolutePath();
			logFile = logFile.toAbsolutePath();
		}

	}

}
