package cn.jianwu.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.infra.ProcessLogs;

/**
 * Waits until every started service's {@code /actuator/health} says UP, showing progress;
 * a service that exits or is not UP in time ends the wait with the last lines of its log.
 */
final class ServicesUp {

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private ServicesUp() {
	}

	static boolean await(RunState state, Layout layout, Duration healthTimeout) {
		long started = System.nanoTime();
		long deadline = started + healthTimeout.toNanos();
		long nextProgress = started + PROGRESS_EVERY.toNanos();
		List<Topology.Service> pending = new ArrayList<>(state.services);
		pending.removeIf((service) -> !state.serviceProcesses.containsKey(service.name()));
		Map<String, String> lastStatus = new ConcurrentHashMap<>();
		while (!pending.isEmpty()) {
			if (state.stopping()) {
				return false;
			}
			for (Topology.Service service : List.copyOf(pending)) {
				Process process = state.serviceProcesses.get(service.name());
				if (!process.isAlive()) {
					Console.say("ERROR: " + service.name() + " exited with code " + process.exitValue()
							+ " before it was UP" + ProcessLogs.tailBlock(layout.logFile(service.name()), 30));
					return false;
				}
				String status = ServiceHealth.status(service.healthUrl());
				lastStatus.put(service.name(), status);
				if (ServiceHealth.UP.equals(status)) {
					pending.remove(service);
					Console.say(String.format("%s is UP at %s (%.1f s)", service.name(), service.url(),
							(System.nanoTime() - started) / 1e9));
				}
			}
			long now = System.nanoTime();
			if (pending.isEmpty()) {
				break;
			}
			if (now > deadline) {
				for (Topology.Service service : pending) {
					Console.say("ERROR: " + service.name() + " is not UP after " + healthTimeout.toSeconds()
							+ " s (health: " + lastStatus.getOrDefault(service.name(), ServiceHealth.NO_ANSWER) + ")"
							+ ProcessLogs.tailBlock(layout.logFile(service.name()), 30));
				}
				return false;
			}
			if (now > nextProgress) {
				nextProgress = now + PROGRESS_EVERY.toNanos();
				Console.say(String.format("waiting for %s ... (%d s)",
						String.join(", ", pending.stream().map(Topology.Service::name).toList()),
						Math.round((now - started) / 1e9)));
			}
			Launcher.pause(Duration.ofMillis(1000));
		}
		return true;
	}

}
