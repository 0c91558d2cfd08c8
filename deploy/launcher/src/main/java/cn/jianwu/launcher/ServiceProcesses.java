package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jianwu.infra.DetachedProcess;
import cn.jianwu.infra.ProcessControl;

/**
 * Starts the services' executable jars, each as {@code java <options> -jar <jar>} with
 * the infrastructure addresses in its environment and its output in
 * {@code <data>/logs/<service>.log}.
 */
final class ServiceProcesses {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	/** The variable that names an instance in the channel adapters' ledgers. */
	static final String INSTANCE_NAME = "JIANWU_INSTANCE_NAME";

	private static final String HOST_NAME = hostName();

	private ServiceProcesses() {
	}

	/**
	 * The environment every service gets.
	 * @param database the database
	 * @param redisPort the Redis port
	 * @param demo whether the services load demo data
	 * @return variable names and values
	 */
	static Map<String, String> environment(LauncherOptions.Database database, int redisPort, boolean demo) {
		Map<String, String> environment = new HashMap<>();
		environment.put("KAFKA_BOOTSTRAP", Topology.HOST + ":" + Topology.KAFKA_PORT);
		environment.put("ELASTICSEARCH_URL", "http://" + Topology.HOST + ":" + Topology.ELASTICSEARCH_HTTP_PORT);
		environment.put("DB_URL", database.url());
		environment.put("DB_USER", database.user());
		environment.put("DB_PASSWORD", database.password());
		environment.put("REDIS_HOST", Topology.HOST);
		environment.put("REDIS_PORT", Integer.toString(redisPort));
		// stdout (plain text) goes to <service>.log; the file Boot writes itself is the
		// structured one (see start), so no inherited setting may redirect it
		environment.put("LOGGING_FILE_NAME", null);
		if (demo) {
			environment.put("JIANWU_DEMO_ENABLED", "true");
		}
		return environment;
	}

	/**
	 * A service's stable instance name: the same for every start on this machine.
	 * @param service the service
	 * @param host the machine's name
	 * @return {@code <service>@<host>}, for example {@code channel-weibo@build-7}
	 */
	static String instanceName(Topology.Service service, String host) {
		return service.name() + "@" + host;
	}

	/**
	 * This machine's name, as the kernel has it (no DNS lookup, which may hang).
	 * @return the host name, {@code localhost} when unknown
	 */
	static String hostName() {
		try {
			String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
			if (!name.isEmpty()) {
				return name;
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "localhost";
		}
	}

	static Process start(Topology.Service service, ClassDataSharing.Launch launch, Layout layout,
			List<String> javaOptions, Map<String, String> environment) {
		List<String> command = new ArrayList<>();
		command.add(DetachedProcess.javaExecutable());
		command.addAll(javaOptions);
		command.addAll(launch.jvmOptions());
		command.add("-jar");
		command.add(launch.jar().toString());
		Map<String, String> serviceEnvironment = new HashMap<>(environment);
		serviceEnvironment.put("SERVER_PORT", Integer.toString(service.port()));
		// the same name after a restart: a channel adapter takes back the deliveries it
		// held
		serviceEnvironment.put(INSTANCE_NAME, instanceName(service, HOST_NAME));
		// The same lines as JSON (Elastic Common Schema, with traceId and spanId) in
		// <service>.json, for tools and for following one trace across the services.
		serviceEnvironment.put("LOGGING_FILE_NAME", layout.jsonLogFile(service.name()).toString());
		serviceEnvironment.put("LOGGING_STRUCTURED_FORMAT_FILE", "ecs");
		Path workingDirectory = layout.data().resolve("work").resolve(service.name());
		try {
			Files.createDirectories(workingDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return DetachedProcess.start(command, serviceEnvironment, layout.logFile(service.name()), workingDirectory);
	}

	/**
	 * Stops a service: SIGTERM (Spring's graceful shutdown), SIGKILL after 20 s.
	 * @param pid the service's PID
	 * @return {@code true} when it ended by itself, {@code false} when it was killed
	 */
	static boolean stop(long pid) {
		return stop(pid, STOP_TIMEOUT);
	}

	/**
	 * Stops a service: SIGTERM (Spring's graceful shutdown), SIGKILL after the timeout.
	 * @param pid the service's PID
	 * @param timeout how long it may take
	 * @return {@code true} when it ended by itself, {@code false} when it was killed
	 */
	static boolean stop(long pid, Duration timeout) {
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return true;
		}
		process.get().destroy();
		if (ProcessControl.waitForExit(process.get(), timeout)) {
			return true;
		}
		ProcessControl.terminate(pid, Duration.ZERO);
		return false;
	}

}
