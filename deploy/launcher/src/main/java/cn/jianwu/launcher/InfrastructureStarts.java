package cn.jianwu.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Starts PostgreSQL, Redis, Kafka, Elasticsearch and the simulated APIs in parallel and
 * waits until each answers; remembers each start so that a restart starts it the same
 * way.
 */
final class InfrastructureStarts {

	private final StartContext context;

	InfrastructureStarts(StartContext context) {
		this.context = context;
	}

	/**
	 * @return whether everything started (what did not is said on the console)
	 */
	boolean start(List<Topology.Simulator> simulators) {
		Console.say("starting PostgreSQL, Redis, Kafka and Elasticsearch in parallel ...");
		Map<String, Future<Running>> futures = new LinkedHashMap<>();
		futures.put(Topology.POSTGRES, submit(Topology.POSTGRES,
				() -> LocalPostgres.reuseOrStart(this.context.layout(), this.context.options().postgresPort())));
		futures.put(Topology.REDIS, submit(Topology.REDIS,
				() -> LocalRedis.reuseOrStart(this.context.layout(), this.context.options().redisPort())));
		futures.put(Topology.KAFKA, submit(Topology.KAFKA, () -> LocalKafka.start(this.context.layout())));
		futures.put(Topology.ELASTICSEARCH,
				submit(Topology.ELASTICSEARCH, () -> LocalElasticsearch.start(this.context.layout())));
		for (Topology.Simulator simulator : simulators) {
			futures.put(simulator.name(),
					submit(simulator.name(), () -> LocalSimulators.start(this.context.layout(), simulator)));
		}
		boolean ok = true;
		for (Map.Entry<String, Future<Running>> entry : futures.entrySet()) {
			try {
				entry.getValue().get();
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				Console.say("ERROR: " + entry.getKey() + " did not start: "
						+ ((cause instanceof IllegalStateException) ? cause.getMessage() : cause.toString()));
				ok = false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return ok;
	}

	/** Starts a server in the background; a restart starts it the same way. */
	private Future<Running> submit(String name, Supplier<Running> start) {
		this.context.restarts().remember(name, start);
		return this.context.starters().submit(() -> register(start.get()));
	}

	private Running register(Running server) {
		this.context.state().running.put(server.name(), server);
		if (!server.owned()) {
			Console.say(server.name() + ": reusing the server that already runs at " + server.address());
			return server;
		}
		this.context.pidFiles().write(server.name(), server.pid());
		if (this.context.state().stopping()) {
			// Ctrl-C came while it was starting
			server.stopper().run();
			this.context.pidFiles().delete(server.name());
			return server;
		}
		Console.say(String.format("%s ready at %s (pid %d, started in %.1f s)", server.name(), server.address(),
				server.pid(), server.startSeconds()));
		return server;
	}

}
