package cn.jianwu.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checked-out project these checks read: the root pom, the services' configuration
 * and the deploy folders.
 */
final class Repository {

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private static final Path ROOT = locateRoot();

	private Repository() {
	}

	static Path root() {
		return ROOT;
	}

	static Path path(String first, String... more) {
		return ROOT.resolve(Paths.get(first, more));
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	static String rootPom() {
		return read(path("pom.xml"));
	}

	static String projectVersion() {
		String version = System.getProperty("jianwu.project.version");
		return (version != null) ? version : firstMatch(rootPom(), "</artifactId>\\s*<version>([^<]+)</version>");
	}

	/** A property of the root pom, e.g. {@code elasticsearch-server.version}. */
	static String pomProperty(String name) {
		return firstMatch(rootPom(), "<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
	}

	/**
	 * The deployable services: the root modules with their own {@code application.yml}.
	 * Derived rather than listed, so that a new service without manifests fails the
	 * checks.
	 */
	static List<String> serviceModules() {
		List<String> services = new ArrayList<>();
		Matcher modules = MODULE.matcher(rootPom());
		while (modules.find()) {
			String module = modules.group(1).trim();
			if (Files.isRegularFile(path(module, "src", "main", "resources", "application.yml"))) {
				services.add(module);
			}
		}
		return services;
	}

	private static String firstMatch(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("root pom.xml has no match for " + regex);
		}
		return matcher.group(1).trim();
	}

	private static Path locateRoot() {
		String configured = System.getProperty("jianwu.repository.root");
		Path start = (configured != null) ? Paths.get(configured) : Paths.get("").toAbsolutePath();
		for (Path candidate = start.toAbsolutePath().normalize(); candidate != null; candidate = candidate
			.getParent()) {
			if (Files.isRegularFile(candidate.resolve("deploy/pom.xml"))
					&& Files.isRegularFile(candidate.resolve("pom.xml"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("no project root (with deploy/pom.xml) at or above " + start);
	}

}
