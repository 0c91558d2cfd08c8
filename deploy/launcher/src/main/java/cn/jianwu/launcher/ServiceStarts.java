package cn.jianwu.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Starts every service's JVM at once (with its class data sharing archive when there is
 * one), with the environment that points it at the local servers and simulated APIs;
 * remembers each start so that a restart starts it the same way. Does not wait for them
 * to be UP ({@link ServicesUp}).
 */
final class ServiceStarts {

	private final StartContext context;

	ServiceStarts(StartContext context) {
		this.context = context;
	}

	void start(Map<Topology.Service, Path> jars, LauncherOptions.Database database,
			List<Topology.Simulator> simulators) {
		Map<String, String> environment = ServiceProcesses.environment(database, this.context.options().redisPort(),
				this.context.options().demo());
		environment.putAll(SimulatedApis.environment(simulators));
		if (this.context.options().caseQueryReplicas() > 1) {
			// the gateway balances the case-query routes over every instance
			environment.put("CASE_QUERY_URLS", Topology.caseQueryUrls(this.context.state().services));
		}
		Console.say("starting " + jars.size() + " services with "
				+ String.join(" ", this.context.options().serviceJavaOptions()) + " ...");
		Map<Topology.Service, Future<ClassDataSharing.Launch>> launches = new LinkedHashMap<>();
		jars.forEach(
				(service, jar) -> launches.put(service, this.context.starters().submit(() -> launch(service, jar))));
		Map<String, List<String>> modes = new LinkedHashMap<>();
		for (Map.Entry<Topology.Service, Future<ClassDataSharing.Launch>> entry : launches.entrySet()) {
			Topology.Service service = entry.getKey();
			if (this.context.state().stopping()) {
				return;
			}
			ClassDataSharing.Launch launch;
			try {
				launch = entry.getValue().get();
			}
			catch (ExecutionException | InterruptedException ex) {
				launch = new ClassDataSharing.Launch(jars.get(service), List.of(), "off");
			}
			Running server = startService(service, launch, environment);
			this.context.restarts()
				.remember(service.name(), () -> startService(service, launch(service, jars.get(service)), environment));
			this.context.state().running.put(service.name(), server);
			this.context.pidFiles().write(service.name(), server.pid());
			modes.computeIfAbsent(launch.mode(), (mode) -> new ArrayList<>()).add(service.name());
		}
		if (modes.containsKey("recording")) {
			Console.say("class data sharing: recording the class archives of "
					+ String.join(", ", modes.get("recording")) + " (written when they stop; later starts are faster)");
		}
		if (modes.containsKey("using")) {
			Console.say("class data sharing: using the class archives of " + modes.get("using").size() + " services");
		}
	}

	private ClassDataSharing.Launch launch(Topology.Service service, Path jar) {
		return this.context.options().classDataSharing() ? ClassDataSharing.prepare(service, jar, this.context.layout())
				: new ClassDataSharing.Launch(jar, List.of(), "off");
	}

	private Running startService(Topology.Service service, ClassDataSharing.Launch launch,
			Map<String, String> environment) {
		Process process = ServiceProcesses.start(service, launch, this.context.layout(),
				this.context.options().serviceJavaOptions(), environment);
		this.context.state().serviceProcesses.put(service.name(), process);
		boolean recording = "recording".equals(launch.mode());
		return new Running(service.name(), service.url(), process.pid(), this.context.layout().logFile(service.name()),
				() -> {
					if (recording) {
						// writing the archive at exit takes a while, all services at once
						ClassDataSharing.finish(service, this.context.layout(),
								ServiceProcesses.stop(process.pid(), ClassDataSharing.RECORDING_STOP_TIMEOUT));
					}
					else {
						ServiceProcesses.stop(process.pid());
					}
				}, 0);
	}

}
