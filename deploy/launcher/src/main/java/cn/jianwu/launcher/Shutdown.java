package cn.jianwu.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops what a run started: the services first (in parallel), then Kafka, Elasticsearch,
 * PostgreSQL and Redis; deletes the pid files and the ready file, and says whether any
 * process survived.
 */
final class Shutdown {

	private final RunState state;

	private final Layout layout;

	private final PidFiles pidFiles;

	private final Restarts restarts;

	private final ExecutorService starters;

	Shutdown(RunState state, Layout layout, PidFiles pidFiles, Restarts restarts, ExecutorService starters) {
		this.state = state;
		this.layout = layout;
		this.pidFiles = pidFiles;
		this.restarts = restarts;
		this.starters = starters;
	}

	void stop() {
		if (!this.state.running.isEmpty()) {
			Console.say("stopping ...");
		}
		this.starters.shutdownNow();
		this.restarts.shutdown();
		try {
			this.starters.awaitTermination(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Map<String, List<ProcessHandle>> trees = new LinkedHashMap<>();
		this.state.running.values()
			.stream()
			.filter(Running::owned)
			.forEach((server) -> trees.put(server.name(), ProcessTrees.tree(server.pid())));
		stopServices();
		// the simulated APIs before the servers; the services no longer call them
		List<String> rest = new ArrayList<>();
		Topology.SIMULATORS.forEach((simulator) -> rest.add(simulator.name()));
		rest.addAll(Topology.INFRASTRUCTURE);
		for (String name : rest) {
			Running server = this.state.running.get(name);
			if (server != null && server.owned()) {
				Console.say("stopping " + name + " (pid " + server.pid() + ") ...");
				server.stopper().run();
			}
		}
		List<String> survivors = new ArrayList<>();
		trees.forEach((name, tree) -> tree.stream()
			.filter(ProcessHandle::isAlive)
			.forEach((process) -> survivors.add(name + " (pid " + process.pid() + ")")));
		for (String name : trees.keySet()) {
			this.pidFiles.delete(name);
		}
		Leftovers.deleteQuietly(this.layout.readyFile());
		this.pidFiles.delete(StartCommand.LAUNCHER);
		if (trees.isEmpty()) {
			// nothing was started
		}
		else if (survivors.isEmpty()) {
			int count = trees.values().stream().mapToInt(List::size).sum();
			Console.say("stopped " + trees.size() + " servers (" + count + " processes); none of them runs any more");
		}
		else {
			Console.say("WARNING: still running: " + String.join(", ", survivors));
		}
	}

	private void stopServices() {
		List<Running> services = this.state.running.values()
			.stream()
			.filter((server) -> server.owned() && this.state.isService(server.name()))
			.toList();
		if (services.isEmpty()) {
			return;
		}
		Console.say("stopping " + services.size() + " services ...");
		List<Thread> stoppers = new ArrayList<>();
		for (Running service : services) {
			Thread thread = new Thread(service.stopper(), "stop-" + service.name());
			thread.start();
			stoppers.add(thread);
		}
		for (Thread thread : stoppers) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
