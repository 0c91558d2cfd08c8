package cn.jianwu.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code server.properties} of a single-node KRaft broker that is its own controller.
 */
final class KafkaServerProperties {

	static final String FILE_NAME = "server.properties";

	private KafkaServerProperties() {
	}

	/**
	 * The broker settings, in the order they are written.
	 * @param logDirs the folder of the topic data
	 * @param port the PLAINTEXT (client) port
	 * @param controllerPort the CONTROLLER port
	 * @return property names and values
	 */
	static Map<String, String> of(Path logDirs, int port, int controllerPort) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("log.dirs", logDirs.toAbsolutePath().toString());
		properties.put("num.partitions", "3");
		properties.put("auto.create.topics.enable", "true");
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		properties.put("default.replication.factor", "1");
		properties.put("min.insync.replicas", "1");
		properties.put("group.initial.rebalance.delay.ms", "0");
		properties.put("log.cleaner.dedupe.buffer.size", "2097152");
		return properties;
	}

	/**
	 * Writes the properties file into the data folder (again on every start, so that
	 * changed ports take effect).
	 * @param dataDir the broker's data folder; topic data goes to its {@code logs}
	 * sub-folder
	 * @param port the PLAINTEXT (client) port
	 * @param controllerPort the CONTROLLER port
	 * @return the written file
	 */
	static Path write(Path dataDir, int port, int controllerPort) {
		Path file = dataDir.resolve(FILE_NAME);
		StringBuilder text = new StringBuilder("# written by cn.jianwu.infra.KafkaBroker on every start\n");
		of(logDirs(dataDir), port, controllerPort)
			.forEach((name, value) -> text.append(name).append('=').append(escape(value)).append('\n'));
		try {
			Files.createDirectories(dataDir);
			Files.writeString(file, text, StandardCharsets.ISO_8859_1);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write " + file, ex);
		}
	}

	static Path logDirs(Path dataDir) {
		return dataDir.resolve("logs");
	}

	private static String escape(String value) {
		StringBuilder escaped = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c == '\\') {
				escaped.append("\\\\");
			}
			else if (c > 0x7e) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
