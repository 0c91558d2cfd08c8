package cn.jianwu.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import cn.jianwu.infra.ProcessControl;
import cn.jianwu.infra.ProcessLogs;

/**
 * Restarts one part of the running platform on request ({@code run.sh restart <name>}):
 * stops it by PID if it still runs, starts it again the way it was started at first (same
 * command, environment and log file, appended to), and waits until it is healthy. Only
 * what this launcher started itself can be restarted; a reused PostgreSQL or Redis is not
 * ours. One restart at a time, on a thread of its own, so that the watch loop goes on.
 */
final class Restarts {

	private final Map<String, Running> running;

	private final PidFiles pidFiles;

	private final RestartRequests requests;

	private final List<Topology.Service> services;

	private final Duration healthTimeout;

	private final BooleanSupplier stopping;

	/** How each part the launcher started was started, to start it again. */
	private final Map<String, Supplier<Running>> starts = new ConcurrentHashMap<>();

	private final Set<String> restarting = ConcurrentHashMap.newKeySet();

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "jianwu-restart");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * @param running what runs, by name; a restarted part replaces its entry
	 * @param pidFiles where the new PID is written
	 * @param requests where the requests come from and the answers go
	 * @param services the services, which are healthy once {@code /actuator/health} says
	 * UP (the servers' starts wait until they answer)
	 * @param healthTimeout how long a restarted service may take to become UP
	 * @param stopping whether the launcher is stopping everything
	 */
	Restarts(Map<String, Running> running, PidFiles pidFiles, RestartRequests requests, List<Topology.Service> services,
			Duration healthTimeout, BooleanSupplier stopping) {
		this.running = running;
		this.pidFiles = pidFiles;
		this.requests = requests;
		this.services = services;
		this.healthTimeout = healthTimeout;
		this.stopping = stopping;
	}

	/**
	 * Remembers how a part is started.
	 * @param name the part
	 * @param start starts it (servers: and waits until they answer)
	 */
	void remember(String name, Supplier<Running> start) {
		this.starts.put(name, start);
	}

	boolean isRestarting(String name) {
		return this.restarting.contains(name);
	}

	/** Takes the waiting requests and queues their restarts; called by the watch loop. */
	void takeRequests() {
		for (RestartRequests.Request request : this.requests.take()) {
			if (!this.restarting.add(request.name())) {
				this.requests.answer(request.id(),
						RestartRequests.Result.refused("a restart of " + request.name() + " is under way already"));
				continue;
			}
			this.worker.submit(() -> {
				try {
					this.requests.answer(request.id(), restart(request.name()));
				}
				catch (RuntimeException ex) {
					this.requests.answer(request.id(), RestartRequests.Result.failed(0, ex.toString()));
				}
				finally {
					this.restarting.remove(request.name());
				}
			});
		}
	}

	/**
	 * Restarts one part.
	 * @param name the part
	 * @return what came of it
	 */
	RestartRequests.Result restart(String name) {
		Running current = this.running.get(name);
		if (current == null) {
			return RestartRequests.Result.refused(name + " is not part of this run");
		}
		Supplier<Running> start = this.starts.get(name);
		if (!current.owned() || start == null) {
			return RestartRequests.Result.refused(name + " was not started by this launcher: it reuses the server at "
					+ current.address() + "; restart that server yourself");
		}
		long started = System.nanoTime();
		if (ProcessControl.isAlive(current.pid())) {
			Console.say("restarting " + name + ": stopping it (pid " + current.pid() + ") ...");
			current.stopper().run();
		}
		else {
			Console.say("restarting " + name + ": pid " + current.pid() + " has ended; starting it again ...");
		}
		Running next;
		try {
			next = start.get();
		}
		catch (RuntimeException ex) {
			return RestartRequests.Result.failed(seconds(started), name + " did not start: " + ex.getMessage());
		}
		this.running.put(name, next);
		this.pidFiles.write(name, next.pid());
		if (this.stopping.getAsBoolean()) {
			next.stopper().run();
			this.pidFiles.delete(name);
			return RestartRequests.Result.failed(seconds(started), "the launcher is stopping");
		}
		Optional<String> problem = awaitHealthy(next);
		if (problem.isPresent()) {
			Console.say("ERROR: " + problem.get());
			return RestartRequests.Result.failed(seconds(started), problem.get());
		}
		double seconds = seconds(started);
		Console.say(String.format(java.util.Locale.ROOT, "%s restarted (pid %d), healthy after %.1f s", name,
				next.pid(), seconds));
		return new RestartRequests.Result(RestartRequests.Outcome.RESTARTED, seconds, next.pid(),
				name + " runs again at " + next.address());
	}

	/** Stops taking requests: the launcher is stopping. */
	void shutdown() {
		this.worker.shutdownNow();
	}

	private Optional<String> awaitHealthy(Running server) {
		Optional<Topology.Service> service = this.services.stream()
			.filter((candidate) -> candidate.name().equals(server.name()))
			.findFirst();
		if (service.isEmpty()) {
			// a server's start returns once it answers
			return Optional.empty();
		}
		long deadline = System.nanoTime() + this.healthTimeout.toNanos();
		String status = ServiceHealth.NO_ANSWER;
		while (System.nanoTime() < deadline) {
			if (!ProcessControl.isAlive(server.pid())) {
				return Optional.of(server.name() + " ended before it was UP" + ProcessLogs.tailBlock(server.log(), 30));
			}
			status = ServiceHealth.status(service.get().healthUrl());
			if (ServiceHealth.UP.equals(status)) {
				return Optional.empty();
			}
			Launcher.pause(Duration.ofMillis(500));
		}
		return Optional.of(server.name() + " is not UP after " + this.healthTimeout.toSeconds() + " s (health: "
				+ status + ")" + ProcessLogs.tailBlock(server.log(), 30));
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

}
