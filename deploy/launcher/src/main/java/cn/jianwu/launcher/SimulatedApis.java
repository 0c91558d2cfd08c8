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
			if ("weibo".equals(simulator.folder())) {
				environment.put("WEIBO_API_BASE_URL", simulator.url());
				environment.put("WEIBO_ACCESS_TOKEN", "local-simulated-token");
				environment.put("WEIBO_SAFE_DOMAIN", "localhost");
			}
			else if ("wechat".equals(simulator.folder())) {
				environment.put("WECHAT_API_BASE_URL", simulator.url());
				environment.put("WECHAT_APP_ID", "wx0000000000local");
				environment.put("WECHAT_APP_SECRET", "local-simulated-secret");
				environment.put("WECHAT_TOKEN", "local-callback-token");
				// progress notices go to the simulator's message/template/send
				environment.put("WECHAT_PROGRESS_TEMPLATE_ID", "local-case-progress-template");
				// the simulator cannot call back with PUBLISHJOBFINISH, so ask for
				// results soon
				environment.put("JIANWU_CHANNEL_AWAITING_CHECK_AFTER", "3s");
				environment.put("JIANWU_CHANNEL_SWEEP_INTERVAL", "1s");
			}
		}
		return environment;
	}

}
