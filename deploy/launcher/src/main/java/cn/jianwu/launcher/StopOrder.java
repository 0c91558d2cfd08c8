package cn.jianwu.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.jianwu.infra.ProcessControl;

/**
 * The order in which things stop, and how each kind is stopped by PID alone (for
 * {@code stop} and for leftovers of a launcher that was killed).
 */
final class StopOrder {

	private StopOrder() {
	}

	/**
	 * Sorts names: services first, then Kafka, Elasticsearch, PostgreSQL, Redis, then
	 * anything else.
	 * @param names pid file names
	 * @return the names in stop order
	 */
	static List<String> of(Collection<String> names) {
		List<String> ordered = new ArrayList<>();
		Topology.services(Topology.MAX_CASE_QUERY_REPLICAS)
			.stream()
			.map(Topology.Service::name)
			.filter(names::contains)
			.forEach(ordered::add);
		Topology.INFRASTRUCTURE.stream().filter(names::contains).forEach(ordered::add);
		names.stream().filter((name) -> !ordered.contains(name)).sorted().forEach(ordered::add);
		return ordered;
	}

	/**
	 * Stops one process the way its kind wants it.
	 * @param name the pid file name
	 * @param pid the PID
	 */
	static void stop(String name, long pid) {
		switch (name) {
			case Topology.POSTGRES -> LocalPostgres.stop(pid);
			case Topology.REDIS -> LocalRedis.stop(pid);
			case Topology.KAFKA, Topology.ELASTICSEARCH -> ProcessControl.terminate(pid, Duration.ofSeconds(30));
			default -> ServiceProcesses.stop(pid);
		}
	}

}
