package cn.jianwu.catalogue;

import java.util.Map;

/**
 * A third-party API a service calls, played locally by a WireMock server when no real
 * credentials are configured.
 *
 * @param name its name in logs, pid files and tables
 * @param folder its WireMock mappings under {@code deploy/local/simulators/}
 * @param port its local HTTP port
 * @param credential the environment variable that, when set, means the real API is used
 * and the simulator is not started
 * @param extension the WireMock extension (module {@code deploy/simulators}) that gives
 * the simulated account its memory
 * @param baseUrlVariable the service's setting that points it at the API
 * @param settings what else the service is given to talk to the simulator (fake
 * credentials, shorter waits)
 */
public record SimulatedApi(String name, String folder, int port, String credential, String extension,
		String baseUrlVariable, Map<String, String> settings) {

	public SimulatedApi {
		settings = Map.copyOf(settings);
	}

}
