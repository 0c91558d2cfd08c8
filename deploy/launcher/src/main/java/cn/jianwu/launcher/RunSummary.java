package cn.jianwu.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jianwu.infra.ElasticsearchHealth;
import cn.jianwu.infra.KafkaProbe;
import cn.jianwu.infra.Ports;
import cn.jianwu.infra.Table;

/**
 * The table printed once everything is up: each part's address, health, PID, memory and
 * log, then the total memory and how long the start took.
 */
final class RunSummary {

	private final RunState state;

	private final LauncherOptions options;

	private final Layout layout;

	RunSummary(RunState state, LauncherOptions options, Layout layout) {
		this.state = state;
		this.options = options;
		this.layout = layout;
	}

	void print(boolean withServices, double seconds) {
		Table table = new Table("NAME", "ADDRESS", "HEALTH", "PID", "RSS", "LOG");
		long totalKib = 0;
		Set<Long> counted = new HashSet<>();
		List<Running> rows = new ArrayList<>();
		for (Topology.Service service : this.state.services) {
			Optional.ofNullable(this.state.running.get(service.name())).ifPresent(rows::add);
		}
		for (Topology.Simulator simulator : Topology.SIMULATORS) {
			Optional.ofNullable(this.state.running.get(simulator.name())).ifPresent(rows::add);
		}
		for (String name : List.of(Topology.KAFKA, Topology.ELASTICSEARCH, Topology.POSTGRES, Topology.REDIS)) {
			Optional.ofNullable(this.state.running.get(name)).ifPresent(rows::add);
		}
		for (Running server : rows) {
			String rss = "-";
			if (server.owned()) {
				List<ProcessHandle> tree = new ArrayList<>(ProcessTrees.tree(server.pid()));
				tree.removeIf((process) -> !counted.add(process.pid()));
				long kib = ProcessTrees.residentKib(tree);
				totalKib += kib;
				rss = ProcessMemory.mib(kib);
			}
			table.row(server.name(), server.address(), health(server),
					server.owned() ? Long.toString(server.pid()) : "-", rss,
					server.owned() ? displayPath(server.log()) : "(reused, not started here)");
		}
		// unpacking the embedded PostgreSQL grew the heap; give that memory back
		System.gc();
		long launcherKib = ProcessMemory.vmRssKib(ProcessHandle.current().pid());
		Console.print("\n" + table.render() + "\n");
		Console.print("  data folder: " + this.layout.data() + "\n");
		Console.print(
				String.format(
						"  %s in %.1f s; memory (sum of VmRSS) of the started processes: %s "
								+ "(launcher itself: %s)%n",
						withServices ? "all UP" : "infrastructure ready", seconds, ProcessMemory.mib(totalKib),
						ProcessMemory.mib(launcherKib)));
		Console.print("  Stop with Ctrl-C or deploy/local/run.sh stop\n\n");
	}

	private String health(Running server) {
		if (this.state.isService(server.name())) {
			return ServiceHealth.status(server.address() + "/actuator/health");
		}
		for (Topology.Simulator simulator : Topology.SIMULATORS) {
			if (simulator.name().equals(server.name())) {
				return Ports.isOpen(Topology.HOST, simulator.port(), Duration.ofSeconds(1)) ? "UP" : "-";
			}
		}
		return switch (server.name()) {
			case Topology.KAFKA ->
				KafkaProbe.answers(Topology.HOST, Topology.KAFKA_PORT, Duration.ofSeconds(2)) ? "UP" : "-";
			case Topology.ELASTICSEARCH ->
				ElasticsearchHealth.status(server.address(), Duration.ofSeconds(2)).orElse("-");
			case Topology.POSTGRES ->
				Ports.isOpen(Topology.HOST, this.options.postgresPort(), Duration.ofSeconds(1)) ? "UP" : "-";
			case Topology.REDIS ->
				RedisPing.pong(Topology.HOST, this.options.redisPort(), Duration.ofSeconds(1)) ? "UP" : "-";
			default -> "?";
		};
	}

	private static String displayPath(Path path) {
		Path current = Path.of("").toAbsolutePath();
		return path.startsWith(current) ? current.relativize(path).toString() : path.toString();
	}

}
