package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import cn.jianwu.infra.ElasticsearchHealth;
import cn.jianwu.infra.KafkaProbe;
import cn.jianwu.infra.Ports;
import cn.jianwu.infra.Table;

/**
 * {@code status}: what runs, and whether it is healthy.
 */
final class StatusCommand {

	private final Layout layout;

	private final PidFiles pidFiles;

	StatusCommand(Layout layout) {
		this.layout = layout;
		this.pidFiles = new PidFiles(layout.run());
	}

	int run() {
		Optional<ProcessHandle> launcher = this.pidFiles.live(StartCommand.LAUNCHER);
		Properties state = LauncherState.read(this.layout);
		Console.print("  launcher: " + launcher
			.map((process) -> "running (pid " + process.pid() + ", " + state.getProperty("mode", "start") + ")")
			.orElse("not running") + "\n");
		Console.print("  data folder: " + this.layout.data() + "\n");
		if (launcher.isPresent() && Files.isRegularFile(this.layout.readyFile())) {
			Console.print("  " + read(this.layout.readyFile()) + "\n");
		}
		int postgresPort = Integer.parseInt(state.getProperty("postgres.port", "" + Topology.DEFAULT_POSTGRES_PORT));
		int redisPort = Integer.parseInt(state.getProperty("redis.port", "" + Topology.DEFAULT_REDIS_PORT));
		Table table = new Table("NAME", "ADDRESS", "HEALTH", "PID", "RSS", "LOG");
		long launcherPid = launcher.map(ProcessHandle::pid).orElse(-1L);
		if (!"infra".equals(state.getProperty("mode"))) {
			int replicas = Integer.parseInt(state.getProperty("case-query.replicas", "1"));
			for (Topology.Service service : Topology.services(replicas)) {
				row(table, service.name(), service.url(), ServiceHealth.status(service.healthUrl()), launcherPid);
			}
		}
		for (Topology.Simulator simulator : Topology.SIMULATORS) {
			if (this.pidFiles.live(simulator.name()).isPresent()) {
				row(table, simulator.name(), simulator.url(),
						Ports.isOpen(Topology.HOST, simulator.port(), Duration.ofSeconds(1)) ? "UP" : "-", launcherPid);
			}
		}
		row(table, Topology.KAFKA, Topology.HOST + ":" + Topology.KAFKA_PORT,
				KafkaProbe.answers(Topology.HOST, Topology.KAFKA_PORT, Duration.ofSeconds(2)) ? "UP" : "-",
				launcherPid);
		String elasticsearch = "http://" + Topology.HOST + ":" + Topology.ELASTICSEARCH_HTTP_PORT;
		row(table, Topology.ELASTICSEARCH, elasticsearch,
				ElasticsearchHealth.status(elasticsearch, Duration.ofSeconds(2)).orElse("-"), launcherPid);
		row(table, Topology.POSTGRES, Topology.HOST + ":" + postgresPort,
				Ports.isOpen(Topology.HOST, postgresPort, Duration.ofSeconds(1)) ? "UP" : "-", launcherPid);
		row(table, Topology.REDIS, Topology.HOST + ":" + redisPort,
				RedisPing.pong(Topology.HOST, redisPort, Duration.ofSeconds(1)) ? "UP" : "-", launcherPid);
		Console.print("\n" + table.render());
		return launcher.isPresent() ? 0 : 3;
	}

	private void row(Table table, String name, String address, String health, long launcherPid) {
		Optional<ProcessHandle> process = this.pidFiles.live(name);
		String pid = process.map((p) -> Long.toString(p.pid())).orElse("-");
		String rss = process
			.map((p) -> ProcessMemory.mib(ProcessTrees.residentKib(ProcessTrees.tree(p.pid(), launcherPid))))
			.orElse("-");
		String log = process.isPresent() ? this.layout.logFile(name).toString()
				: ("-".equals(health) ? "" : "(not started by the launcher)");
		table.row(name, address, health, pid, rss, log);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

}
