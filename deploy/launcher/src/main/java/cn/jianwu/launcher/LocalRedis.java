package cn.jianwu.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.jianwu.infra.DetachedProcess;
import cn.jianwu.infra.Ports;
import cn.jianwu.infra.ProcessControl;
import cn.jianwu.infra.ProcessLogs;
import redis.embedded.core.ExecutableProvider;

/**
 * Redis: the one already running on the port, else the {@code redis-server} binary that
 * embedded-redis carries, run as a plain background process (nothing kept on disk). The
 * library's own start is not used: it stops Redis in a JVM shutdown hook of its own, out
 * of the launcher's order.
 */
final class LocalRedis {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private LocalRedis() {
	}

	static Running reuseOrStart(Layout layout, int port) {
		String address = Topology.HOST + ":" + port;
		if (Ports.isOpen(Topology.HOST, port, Duration.ofSeconds(1))) {
			if (RedisPing.pong(Topology.HOST, port, Duration.ofSeconds(2))) {
				return Running.reused(Topology.REDIS, address);
			}
			throw new IllegalStateException("port " + port + " taken: a program that is not Redis listens there "
					+ PortOwners.describe(port).map((owner) -> "(" + owner + ")").orElse("")
					+ "; Redis should be there (or set JIANWU_REDIS_PORT)");
		}
		long started = System.nanoTime();
		Path dir = layout.data().resolve("redis");
		Path log = layout.logFile(Topology.REDIS);
		File binary;
		try {
			Files.createDirectories(dir);
			binary = ExecutableProvider
				.newJarResourceProvider(Files.createDirectories(layout.data().resolve("cache/redis")).toFile())
				.get();
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not unpack the embedded redis-server: " + ex.getMessage(), ex);
		}
		List<String> command = List.of(binary.getAbsolutePath(), "--bind", Topology.HOST, "--port",
				Integer.toString(port), "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir",
				dir.toString(), "--pidfile", dir.resolve("redis-server.pid").toString());
		Process process = DetachedProcess.start(command, Map.of(), log, dir);
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("embedded Redis exited with code " + process.exitValue()
						+ " while starting" + ProcessLogs.tailBlock(log, 30));
			}
			if (RedisPing.pong(Topology.HOST, port, Duration.ofSeconds(1))) {
				long pid = process.pid();
				return new Running(Topology.REDIS, address, pid, log, () -> stop(pid),
						(System.nanoTime() - started) / 1e9);
			}
			Launcher.pause(Duration.ofMillis(100));
		}
		ProcessControl.terminate(process.pid(), Duration.ofSeconds(5));
		throw new IllegalStateException(
				"embedded Redis did not answer PING on " + address + ProcessLogs.tailBlock(log, 30));
	}

	static void stop(long pid) {
		ProcessControl.terminate(pid, Duration.ofSeconds(10));
	}

}
