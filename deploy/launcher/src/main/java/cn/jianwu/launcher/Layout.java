package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where things are: the repository (jars, the launcher's class path, the Elasticsearch
 * distribution) and the data folder (servers' data, logs, pid files).
 *
 * @param repository the repository root
 * @param data the data folder
 */
record Layout(Path repository, Path data) {

	static final String REPOSITORY_PROPERTY = "jianwu.repository";

	/**
	 * Finds the repository (system property {@code jianwu.repository}, else from where
	 * the launcher's classes are: {@code deploy/launcher/target/...}) and the data
	 * folder.
	 * @param dataDir the data folder from the options, or null for
	 * {@code deploy/local/data}
	 * @return the layout
	 */
	static Layout detect(Path dataDir) {
		Path repository = findRepository();
		Path data = (dataDir != null) ? dataDir : repository.resolve("deploy/local/data");
		return new Layout(repository, data.toAbsolutePath().normalize());
	}

	private static Path findRepository() {
		String property = System.getProperty(REPOSITORY_PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property).toAbsolutePath().normalize();
		}
		try {
			Path code = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			// deploy/launcher/target/{classes | launcher-<version>.jar}
			Path candidate = code.getParent().getParent().getParent().getParent();
			if (Files.isRegularFile(candidate.resolve("deploy/launcher/pom.xml"))) {
				return candidate;
			}
		}
		catch (URISyntaxException | NullPointerException ex) {
			// fall through to the working directory
		}
		return Path.of("").toAbsolutePath();
	}

	Path logs() {
		return this.data.resolve("logs");
	}

	Path run() {
		return this.data.resolve("run");
	}

	Path logFile(String name) {
		return logs().resolve(name + ".log");
	}

	Path jsonLogFile(String name) {
		return logs().resolve(name + ".json");
	}

	Path readyFile() {
		return run().resolve("ready");
	}

	Path launcherTarget() {
		return this.repository.resolve("deploy/launcher/target");
	}

	Path libraries() {
		return launcherTarget().resolve("lib");
	}

	/**
	 * The Elasticsearch distribution that the build copied to
	 * {@code deploy/launcher/target/dist}.
	 * @return the newest {@code elasticsearch-*.zip} there, if any
	 */
	Optional<Path> elasticsearchDistribution() {
		return newest(launcherTarget().resolve("dist"), "elasticsearch-", ".zip");
	}

	/**
	 * WireMock standalone, which the build copied to {@code deploy/launcher/target/dist}
	 * to play the Weibo and WeChat APIs.
	 * @return the newest {@code wiremock-standalone-*.jar} there, if any
	 */
	Optional<Path> wiremockJar() {
		return newest(launcherTarget().resolve("dist"), "wiremock-standalone-", ".jar");
	}

	/**
	 * The simulated accounts' memory (WireMock extensions, module
	 * {@code deploy/simulators}), which the build copied beside WireMock.
	 * @return the newest {@code simulators-*.jar} there, if any
	 */
	Optional<Path> simulatorsJar() {
		return newest(launcherTarget().resolve("dist"), "simulators-", ".jar");
	}

	/**
	 * The mappings of a simulated API.
	 * @param simulator the simulator
	 * @return {@code deploy/local/simulators/<folder>}
	 */
	Path simulatorRoot(Topology.Simulator simulator) {
		return this.repository.resolve("deploy/local/simulators").resolve(simulator.folder());
	}

	/**
	 * A service's executable jar: {@code <module>/target/<module>-<version>-exec.jar}.
	 * @param service the service
	 * @return the newest such jar, if any
	 */
	Optional<Path> executableJar(Topology.Service service) {
		return newest(this.repository.resolve(service.module()).resolve("target"), service.module() + "-", "-exec.jar");
	}

	private static Optional<Path> newest(Path folder, String prefix, String suffix) {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> {
				String name = file.getFileName().toString();
				return name.startsWith(prefix) && name.endsWith(suffix) && Files.isRegularFile(file);
			}).max(Comparator.comparing((Path file) -> file.toFile().lastModified()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
