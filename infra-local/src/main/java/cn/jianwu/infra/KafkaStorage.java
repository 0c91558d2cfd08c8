package cn.jianwu.infra;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Formats a KRaft broker's storage once, with {@code kafka.tools.StorageTool}. A
 * formatted folder keeps its cluster id, topics and offsets across restarts.
 */
final class KafkaStorage {

	private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(90);

	private KafkaStorage() {
	}

	static boolean isFormatted(Path dataDir) {
		return Files.isRegularFile(KafkaServerProperties.logDirs(dataDir).resolve("meta.properties"));
	}

	/**
	 * Runs {@code StorageTool format} with a new cluster id.
	 * @param classpath the broker's class path
	 * @param propertiesFile the broker's properties
	 * @param logFile where the tool's output goes
	 */
	static void format(String classpath, Path propertiesFile, Path logFile) {
		List<String> command = List.of(DetachedProcess.javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp", classpath, "kafka.tools.StorageTool", "format", "-t",
				randomClusterId(), "-c", propertiesFile.toString());
		Process process = DetachedProcess.start(command, Map.of(), logFile, propertiesFile.getParent());
		try {
			if (!process.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				ProcessControl.terminate(process.pid(), Duration.ofSeconds(5));
				throw new IllegalStateException("Kafka storage format did not finish within " + FORMAT_TIMEOUT
						+ ProcessLogs.tailBlock(logFile, 30));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException("interrupted while formatting Kafka storage", ex);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("Kafka storage format failed (exit code " + process.exitValue() + ")"
					+ ProcessLogs.tailBlock(logFile, 30));
		}
	}

	/**
	 * A cluster id in Kafka's format: 16 random bytes, URL-safe base64 without padding,
	 * never starting with '-' (a command line would take it for an option).
	 * @return the id
	 */
	static String randomClusterId() {
		while (true) {
			UUID uuid = UUID.randomUUID();
			ByteBuffer bytes = ByteBuffer.allocate(16);
			bytes.putLong(uuid.getMostSignificantBits());
			bytes.putLong(uuid.getLeastSignificantBits());
			String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
			if (!id.startsWith("-")) {
				return id;
			}
		}
	}

}
