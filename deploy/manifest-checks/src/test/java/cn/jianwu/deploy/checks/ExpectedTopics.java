package cn.jianwu.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.catalogue.Catalogue;

/**
 * The topics the code declares and consumes: every topic of platform-events'
 * {@code Topics}, and the dead-letter topic of every consumer
 * ({@code <topic>.<spring.application.name>.dlt}, see {@code Topics.deadLetter}). The
 * consumers are found in the services' {@code @KafkaListener}s, so that a consumer
 * missing from platform-catalogue fails the checks (CatalogueTest).
 */
final class ExpectedTopics {

	private static final Pattern CONSTANT = Pattern
		.compile("public static final String ([A-Z_]+)\\s*=\\s*\"([^\"]+)\"");

	private static final Pattern LISTENED = Pattern.compile("topics\\s*=\\s*Topics\\.([A-Z_]+)");

	/**
	 * A listener that takes its topics from the catalogue itself (report-service reads
	 * every topic: {@code topics = "#{T(...PlatformTopics).consumed()}"}, which is
	 * {@code Catalogue.service(<its name>).consumes()}).
	 */
	private static final Pattern LISTENED_FROM_CATALOGUE = Pattern
		.compile("topics\\s*=\\s*\"#\\{T\\(([\\w.]+)\\)\\.consumed\\(\\)}\"");

	private ExpectedTopics() {
	}

	/** Topic constants of {@code cn.jianwu.events.Topics}, by constant name. */
	static Map<String, String> platformTopics() {
		String source = Repository
			.read(Repository.path("platform-events", "src", "main", "java", "cn", "jianwu", "events", "Topics.java"));
		Map<String, String> topics = new LinkedHashMap<>();
		Matcher constant = CONSTANT.matcher(source);
		while (constant.find()) {
			topics.put(constant.group(1), constant.group(2));
		}
		return topics;
	}

	static Set<String> deadLetterTopics() {
		Map<String, String> topics = platformTopics();
		Set<String> deadLetters = new LinkedHashSet<>();
		for (String module : Repository.serviceModules()) {
			String consumer = applicationName(module);
			for (String constant : listenedConstants(module)) {
				String topic = topics.get(constant);
				if (topic == null) {
					throw new AssertionError(module + " listens to Topics." + constant + ", unknown in Topics.java");
				}
				deadLetters.add(topic + "." + consumer + ".dlt");
			}
			if (listensToTheCataloguesTopics(module)) {
				Catalogue.service(module)
					.orElseThrow(
							() -> new AssertionError(module + " reads its topics from the catalogue, which lacks it"))
					.consumes()
					.forEach((topic) -> {
						if (!topics.containsValue(topic)) {
							throw new AssertionError(module + " listens to " + topic + ", unknown in Topics.java");
						}
						deadLetters.add(topic + "." + consumer + ".dlt");
					});
			}
		}
		return deadLetters;
	}

	// The channel adapters' listener lives in channel-support; they consume through it.
	private static Set<String> listenedConstants(String module) {
		Set<String> constants = new LinkedHashSet<>(listenersIn(module));
		if (Repository.read(Repository.path(module, "pom.xml")).contains("<artifactId>channel-support</artifactId>")) {
			constants.addAll(listenersIn("channel-support"));
		}
		return constants;
	}

	private static Set<String> listenersIn(String module) {
		Path sources = Repository.path(module, "src", "main", "java");
		try (Stream<Path> files = Files.walk(sources)) {
			List<Path> java = files.filter((file) -> file.toString().endsWith(".java")).collect(Collectors.toList());
			Set<String> constants = new LinkedHashSet<>();
			for (Path file : java) {
				String source = Repository.read(file);
				if (!source.contains("@KafkaListener")) {
					continue;
				}
				Matcher listened = LISTENED.matcher(source);
				while (listened.find()) {
					constants.add(listened.group(1));
				}
			}
			return constants;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean listensToTheCataloguesTopics(String module) {
		Path sources = Repository.path(module, "src", "main", "java");
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.map(Repository::read)
				.anyMatch((source) -> source.contains("@KafkaListener")
						&& LISTENED_FROM_CATALOGUE.matcher(source).find());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The consumer group, and so the dead-letter name, is spring.application.name. */
	static String applicationName(String module) {
		String yaml = Repository.read(Repository.path(module, "src", "main", "resources", "application.yml"));
		Object name = Yaml.at(Yaml.documents(yaml).get(0), "spring", "application", "name");
		if (name == null) {
			throw new AssertionError(module + " has no spring.application.name");
		}
		return String.valueOf(name);
	}

}
