package cn.jianwu.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.jianwu.testsupport.ServiceProbe;

import static org.awaitility.Awaitility.await;

/** A service's packaged jar running as its own process, the way the launcher runs it. */
final class ServiceProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final int port;

	private ServiceProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	static ServiceProcess start(Path jar, Map<String, String> environment, Path log) throws IOException {
		return start(jar, environment, log, freePort());
	}

	/**
	 * Starts a service on a port chosen beforehand, for services that must know each
	 * other's addresses before any of them is up.
	 */
	static ServiceProcess start(Path jar, Map<String, String> environment, Path log, int port) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No packaged service at " + jar + ": run the build (mvn package) first");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		ServiceProcess service = new ServiceProcess(builder.start(), log, port);
		service.awaitUp(Duration.ofSeconds(120));
		return service;
	}

	/** The service's address, e.g. {@code http://127.0.0.1:40123}. */
	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	ServiceProbe probe() {
		return new ServiceProbe(this.port);
	}

	private void awaitUp(Duration timeout) {
		ServiceProbe probe = probe();
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("Service exited; see " + this.log);
				}
				try {
					return "UP".equals(probe.status());
				}
				catch (RuntimeException notYet) {
					return false;
				}
			});
		}
		catch (RuntimeException ex) {
			close();
			throw new IllegalStateException("Service did not become UP; its log: " + this.log, ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
