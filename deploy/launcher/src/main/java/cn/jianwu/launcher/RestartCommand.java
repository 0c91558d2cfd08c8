package cn.jianwu.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code restart <name>}: asks the running launcher to restart one part it started
 * ({@link Restarts}) and waits for its answer. Exits 0 once the part is healthy again, 1
 * when no launcher runs, the launcher refused or the part did not come back, 2 for a name
 * that is no part of the platform.
 */
final class RestartCommand {

	/**
	 * Beyond the services' health timeout: stopping (up to 90 s) and starting a server.
	 */
	private static final Duration MARGIN = Duration.ofSeconds(240);

	private static final Duration POLL = Duration.ofMillis(250);

	private final Layout layout;

	private final PidFiles pidFiles;

	private final Duration defaultHealthTimeout;

	RestartCommand(Layout layout, Duration defaultHealthTimeout) {
		this.layout = layout;
		this.pidFiles = new PidFiles(layout.run());
		this.defaultHealthTimeout = defaultHealthTimeout;
	}

	int run(String name) {
		Optional<ProcessHandle> launcher = this.pidFiles.live(StartCommand.LAUNCHER);
		if (launcher.isEmpty()) {
			Console.say("ERROR: no launcher runs for " + this.layout.data()
					+ ": nothing to restart (start the platform with deploy/local/run.sh start --detach)");
			return 1;
		}
		Properties state = LauncherState.read(this.layout);
		List<String> parts = Topology.parts(!"infra".equals(state.getProperty("mode")),
				Integer.parseInt(state.getProperty("case-query.replicas", "1")));
		if (!parts.contains(name)) {
			Console.say("ERROR: unknown part '" + name + "'; this run has: " + String.join(", ", parts));
			return 2;
		}
		if (!Files.isRegularFile(this.layout.readyFile())) {
			Console.say("ERROR: the launcher (pid " + launcher.get().pid()
					+ ") is still starting or stopping; try again once run.sh start has returned");
			return 1;
		}
		Duration timeout = Duration
			.ofSeconds(Long
				.parseLong(state.getProperty("health.timeout", Long.toString(this.defaultHealthTimeout.toSeconds()))))
			.plus(MARGIN);
		RestartRequests requests = new RestartRequests(this.layout);
		String id = requests.submit(name);
		Console.say("asking the launcher (pid " + launcher.get().pid() + ") to restart " + name + " ...");
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		while (true) {
			Optional<RestartRequests.Result> result = requests.result(id);
			if (result.isPresent()) {
				return report(name, result.get(), (System.nanoTime() - started) / 1e9);
			}
			if (!launcher.get().isAlive()) {
				requests.withdraw(id);
				Console.say("ERROR: the launcher ended before it answered; see " + this.layout.logFile("launcher"));
				return 1;
			}
			if (System.nanoTime() > deadline) {
				requests.withdraw(id);
				Console.say("ERROR: no answer from the launcher within " + timeout.toSeconds() + " s; see "
						+ this.layout.logFile(name));
				return 1;
			}
			Launcher.pause(POLL);
		}
	}

	private int report(String name, RestartRequests.Result result, double waited) {
		switch (result.outcome()) {
			case RESTARTED -> {
				Console.say(String.format(Locale.ROOT, "%s restarted: pid %d, healthy after %.1f s; %s", name,
						result.pid(), result.seconds(), result.message()));
				return 0;
			}
			case REFUSED -> {
				Console.say("ERROR: not restarted: " + result.message());
				return 1;
			}
			default -> {
				Console.say(String.format(Locale.ROOT, "ERROR: %s did not come back after %.1f s: %s", name, waited,
						result.message()));
				return 1;
			}
		}
	}

}
