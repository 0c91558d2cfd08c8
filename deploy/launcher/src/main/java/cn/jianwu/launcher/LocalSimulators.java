package cn.jianwu.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.jianwu.infra.DetachedProcess;
import cn.jianwu.infra.ProcessControl;
import cn.jianwu.infra.ProcessLogs;

/**
 * The Weibo and WeChat APIs played by WireMock standalone with the mappings under
 * {@code deploy/local/simulators/} and the extension that remembers what the account
 * posted ({@code deploy/simulators}), so that a local run without real credentials shows
 * the whole publishing flow; each request journal ({@code /__admin/requests}) shows what
 * was sent.
 */
final class LocalSimulators {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private LocalSimulators() {
	}

	static Running start(Layout layout, Topology.Simulator simulator) {
		long started = System.nanoTime();
		Path jar = layout.wiremockJar()
			.orElseThrow(() -> new IllegalStateException("WireMock is not in " + layout.launcherTarget()));
		Path extensions = layout.simulatorsJar()
			.orElseThrow(() -> new IllegalStateException("simulators-*.jar is not in " + layout.launcherTarget()));
		Path root = layout.simulatorRoot(simulator);
		Path work = layout.data().resolve("work").resolve(simulator.name());
		try {
			Files.createDirectories(work);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// WireMock's own main class, with the extension on the class path; the export is
		// what WireMock's jar manifest grants it (certificates for HTTPS); plain HTTP/1.1
		// only,
		// as the real APIs speak it: with h2c, Jetty takes a Java client's upgrade and
		// sends
		// a long journal in frames larger than the client accepts
		List<String> command = List.of(DetachedProcess.javaExecutable(), "-Xmx96m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "--add-exports", "java.base/sun.security.x509=ALL-UNNAMED", "-cp",
				jar + File.pathSeparator + extensions, "wiremock.Run", "--port", Integer.toString(simulator.port()),
				"--bind-address", Topology.HOST, "--root-dir", root.toString(), "--extensions", simulator.extension(),
				"--global-response-templating", "--disable-banner", "--max-request-journal-entries", "1000",
				"--async-response-enabled", "false", "--disable-http2-plain");
		Process process = DetachedProcess.start(command, Map.of(), layout.logFile(simulator.name()), work);
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!answers(simulator)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				ProcessControl.terminate(process.pid(), Duration.ofSeconds(5));
				throw new IllegalStateException(simulator.name() + " did not start"
						+ ProcessLogs.tailBlock(layout.logFile(simulator.name()), 20));
			}
			Launcher.pause(Duration.ofMillis(250));
		}
		return new Running(simulator.name(), simulator.url(), process.pid(), layout.logFile(simulator.name()),
				() -> ProcessControl.terminate(process.pid(), Duration.ofSeconds(10)),
				(System.nanoTime() - started) / 1e9);
	}

	private static boolean answers(Topology.Simulator simulator) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.url() + "/__admin/health"))
				.timeout(Duration.ofSeconds(2))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
