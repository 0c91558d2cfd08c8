package cn.jianwu.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.infra.ElasticsearchHealth;
import cn.jianwu.infra.KafkaProbe;
import cn.jianwu.infra.Ports;

/**
 * Before anything starts: every port the run needs is free, or the run does not start and
 * says who holds each taken port (and what answers there, when it is a Kafka or an
 * Elasticsearch).
 */
final class FreePorts {

	private FreePorts() {
	}

	static boolean check(List<Topology.Service> services, List<Topology.Simulator> simulators) {
		Map<Integer, String> ports = new LinkedHashMap<>();
		services.forEach((service) -> ports.put(service.port(), service.name()));
		simulators.forEach((simulator) -> ports.put(simulator.port(), simulator.name()));
		ports.put(Topology.KAFKA_PORT, "Kafka");
		ports.put(Topology.KAFKA_CONTROLLER_PORT, "the Kafka controller");
		ports.put(Topology.ELASTICSEARCH_HTTP_PORT, "Elasticsearch (HTTP)");
		ports.put(Topology.ELASTICSEARCH_TRANSPORT_PORT, "Elasticsearch (transport)");
		List<String> taken = new ArrayList<>();
		ports.forEach((port, what) -> {
			if (!Ports.isFree(port)) {
				taken.add("port " + port + " is taken, " + what + " should be there"
						+ PortOwners.describe(port).map((owner) -> "; it is used by " + owner).orElse("")
						+ guess(port));
			}
		});
		if (taken.isEmpty()) {
			return true;
		}
		taken.forEach((problem) -> Console.say("ERROR: " + problem));
		Console.say("stop those programs first (or, if they are left from an earlier run: deploy/local/run.sh stop)");
		return false;
	}

	private static String guess(int port) {
		if (port == Topology.KAFKA_PORT && KafkaProbe.answers(Topology.HOST, port, Duration.ofSeconds(1))) {
			return " (a Kafka broker answers there)";
		}
		if (port == Topology.ELASTICSEARCH_HTTP_PORT
				&& ElasticsearchHealth.status("http://" + Topology.HOST + ":" + port, Duration.ofSeconds(2))
					.isPresent()) {
			return " (an Elasticsearch node answers there)";
		}
		return "";
	}

}
