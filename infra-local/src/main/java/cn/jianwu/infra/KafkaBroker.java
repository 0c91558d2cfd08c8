package cn.jianwu.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real Apache Kafka broker ({@code kafka.Kafka}) in KRaft mode, running as its own
 * {@code java} process: one node that is broker and controller. Its data folder survives
 * restarts; the storage is formatted only the first time.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final String HOST = "127.0.0.1";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final Settings settings;

	private final Process process;

	private KafkaBroker(Settings settings, Process process) {
		this.settings = settings;
		this.process = process;
	}

	/**
	 * Starts the broker and waits until it answers Kafka requests.
	 * @param settings where and how to run it
	 * @return the running broker
	 * @throws IllegalStateException when a port is taken, or the broker died or did not
	 * answer in time (the message ends with the last lines of its log)
	 */
	public static KafkaBroker start(Settings settings) {
		checkPortFree(settings.port(), "client");
		checkPortFree(settings.controllerPort(), "controller");
		try {
			Files.createDirectories(settings.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not create " + settings.dataDir(), ex);
		}
		Path properties = KafkaServerProperties.write(settings.dataDir(), settings.port(), settings.controllerPort());
		if (!KafkaStorage.isFormatted(settings.dataDir())) {
			KafkaStorage.format(settings.classpath(), properties, settings.logFile());
		}
		Process process = DetachedProcess.start(command(settings, properties), Map.of(), settings.logFile(),
				settings.dataDir());
		KafkaBroker broker = new KafkaBroker(settings, process);
		try {
			awaitAnswer(broker);
			return broker;
		}
		catch (RuntimeException ex) {
			broker.stop();
			throw ex;
		}
	}

	private static void awaitAnswer(KafkaBroker broker) {
		Settings settings = broker.settings;
		long deadline = System.nanoTime() + settings.startTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (!broker.process.isAlive()) {
				throw new IllegalStateException("Kafka broker exited with code " + broker.process.exitValue()
						+ " while starting" + ProcessLogs.tailBlock(settings.logFile(), 30));
			}
			if (KafkaProbe.answers(HOST, settings.port(), Duration.ofSeconds(1))) {
				return;
			}
			Pause.briefly(Duration.ofMillis(250));
		}
		throw new IllegalStateException("Kafka broker did not answer on " + broker.bootstrapServers() + " within "
				+ settings.startTimeout().toSeconds() + " s" + ProcessLogs.tailBlock(settings.logFile(), 30));
	}

	private static void checkPortFree(int port, String listener) {
		if (Ports.isFree(port)) {
			return;
		}
		if (KafkaProbe.answers(HOST, port, Duration.ofSeconds(1))) {
			throw new IllegalStateException("port " + port + " taken: a Kafka broker already answers at " + HOST + ":"
					+ port + " (not started by this process)");
		}
		throw new IllegalStateException(
				"port " + port + " taken: another program listens there; the Kafka " + listener + " port must be free");
	}

	private static List<String> command(Settings settings, Path properties) {
		List<String> command = new ArrayList<>();
		command.add(DetachedProcess.javaExecutable());
		command.add("-Xmx" + settings.heap());
		command.add("-XX:+UseSerialGC");
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-Djava.awt.headless=true");
		// slf4j-simple, when that is the binding on the class path: a readable,
		// timestamped log
		command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
		command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");
		command.add("-Dorg.slf4j.simpleLogger.log.org.apache.kafka=info");
		command.add("-Dorg.slf4j.simpleLogger.log.kafka=info");
		command.add("-Dorg.slf4j.simpleLogger.log.state.change.logger=warn");
		command.add("-cp");
		command.add(settings.classpath());
		command.add("kafka.Kafka");
		command.add(properties.toString());
		return command;
	}

	/**
	 * The address for {@code bootstrap.servers}.
	 * @return for example {@code 127.0.0.1:9092}
	 */
	public String bootstrapServers() {
		return HOST + ":" + this.settings.port();
	}

	/**
	 * The PID of the broker's JVM.
	 * @return the PID
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * The settings it was started with.
	 * @return the settings
	 */
	public Settings settings() {
		return this.settings;
	}

	/**
	 * Stops the broker: SIGTERM (a controlled shutdown), then SIGKILL after 30 s.
	 */
	public void stop() {
		ProcessControl.terminate(this.process.pid(), STOP_TIMEOUT);
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Where and how to run the broker.
	 *
	 * @param classpath the class path with {@code kafka_2.13} and its runtime
	 * dependencies (wildcards such as {@code lib/*} allowed)
	 * @param dataDir the broker's folder: {@code server.properties} and the topic data
	 * ({@code logs/})
	 * @param logFile where the broker's output goes
	 * @param port the client (PLAINTEXT) port, e.g. 9092
	 * @param controllerPort the KRaft controller port, e.g. 9093
	 * @param heap the JVM heap, e.g. {@code 256m}
	 * @param startTimeout how long to wait for the broker to answer
	 */
	public record Settings(String classpath, Path dataDir, Path logFile, int port, int controllerPort, String heap,
			Duration startTimeout) {

		public Settings {
			Objects.requireNonNull(classpath, "classpath");
			Objects.requireNonNull(dataDir, "dataDir");
			Objects.requireNonNull(logFile, "logFile");
			Objects.requireNonNull(heap, "heap");
			Objects.requireNonNull(startTimeout, "startTimeout");
			dataDir = dataDir.toAbsolutePath();
			logFile = logFile.toAbsolutePath();
		}

	}

}
