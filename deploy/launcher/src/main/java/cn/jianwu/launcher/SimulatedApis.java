package cn.jianwu.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What points the channel adapters at the simulated APIs. The credentials are made up:
 * the simulators accept any, and real ones come from the environment instead (then the
 * simulator is not started and nothing here is set).
 */
final class SimulatedApis {

	private SimulatedApis() {
	}

	static Map<String, String> environment(List<Topology.Simulator> simulators) {
		Map<String, String> environment = new HashMap<>();
		for (Topology.Simulator simulator : simulators) {
			environment.put(simulator.api().baseUrlVariable(), simulator.url());
			environment.putAll(simulator.api().settings());
		}
		return environment;
	}

}
