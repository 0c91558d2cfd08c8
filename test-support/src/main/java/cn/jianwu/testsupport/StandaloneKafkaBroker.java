package cn.jianwu.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.jianwu.infra.KafkaBroker;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Kafka broker in its own process that a test may stop and start again on the same port
 * and data, to watch a running service lose and regain the broker. It runs the broker
 * classes from the test's own classpath.
 */
public final class StandaloneKafkaBroker implements AutoCloseable {

	private final KafkaBroker.Settings settings;

	private KafkaBroker broker;

	public StandaloneKafkaBroker(Path dataDir) {
		this.settings = new KafkaBroker.Settings(System.getProperty("java.class.path"), dataDir,
				dataDir.resolve("broker.log"), freePort(), freePort(), "256m", Duration.ofMinutes(1));
	}

	/** A broker on fresh data in a temporary folder, already started. */
	public static StandaloneKafkaBroker started() {
		try {
			return new StandaloneKafkaBroker(Files.createTempDirectory("jianwu-test-kafka")).start();
		}
		catch (IOException ex) {
			throw new ServerUnavailableException("Kafka (a broker process of the test's own)",
					"Check that the temporary folder is writable.", ex);
		}
	}

	/** Registers this broker as the application's Kafka. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", this::bootstrapServers);
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.settings.port();
	}

	public StandaloneKafkaBroker start() {
		this.broker = KafkaBroker.start(this.settings);
		return this;
	}

	public void stop() {
		if (this.broker != null) {
			this.broker.stop();
			this.broker = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
