package cn.jianwu.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run needs from the build: the launcher's libraries, the Elasticsearch
 * distribution, WireMock with the simulators when APIs are simulated, and each service's
 * executable jar. Says what is missing and how to build it.
 */
final class Artifacts {

	private Artifacts() {
	}

	/**
	 * @param services the services to run (none for {@code infra})
	 * @param simulators the simulated APIs to run
	 * @return each service's executable jar, or empty when something is missing (said on
	 * the console)
	 */
	static Optional<Map<Topology.Service, Path>> find(Layout layout, List<Topology.Service> services,
			List<Topology.Simulator> simulators) {
		List<String> missing = new ArrayList<>();
		if (!Files.isDirectory(layout.libraries())) {
			missing.add("the launcher's libraries (" + layout.libraries() + ")");
		}
		if (layout.elasticsearchDistribution().isEmpty()) {
			missing.add("the Elasticsearch distribution (" + layout.launcherTarget().resolve("dist") + ")");
		}
		if (!simulators.isEmpty() && layout.wiremockJar().isEmpty()) {
			missing.add("WireMock for the simulated Weibo and WeChat APIs (" + layout.launcherTarget().resolve("dist")
					+ ")");
		}
		if (!simulators.isEmpty() && layout.simulatorsJar().isEmpty()) {
			missing.add("the simulated accounts' memory, simulators-*.jar (" + layout.launcherTarget().resolve("dist")
					+ ")");
		}
		Map<Topology.Service, Path> jars = new LinkedHashMap<>();
		for (Topology.Service service : services) {
			Optional<Path> jar = layout.executableJar(service);
			if (jar.isPresent()) {
				jars.put(service, jar.get());
			}
			else {
				missing.add(service.name() + " (" + service.module() + "/target/" + service.module() + "-*-exec.jar)");
			}
		}
		if (missing.isEmpty()) {
			return Optional.of(jars);
		}
		Console.say("not built yet:\n  " + String.join("\n  ", missing)
				+ "\nbuild with: deploy/local/run.sh --rebuild   (or ./mvnw -DskipTests package)");
		return Optional.empty();
	}

}
