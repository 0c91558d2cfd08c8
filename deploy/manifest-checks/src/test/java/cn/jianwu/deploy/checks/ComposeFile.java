package cn.jianwu.deploy.checks;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** deploy/compose/compose.yaml, with YAML anchors and merge keys resolved. */
final class ComposeFile {

	static final List<String> INFRASTRUCTURE = List.of("kafka", "elasticsearch", "postgres", "redis");

	private ComposeFile() {
	}

	static Path path() {
		return Repository.path("deploy", "compose", "compose.yaml");
	}

	static String text() {
		return Repository.read(path());
	}

	static Map<String, Object> document() {
		List<Object> documents = Yaml.documents(path());
		if (documents.size() != 1) {
			throw new AssertionError("compose.yaml should be one YAML document, is " + documents.size());
		}
		return Yaml.map(documents.get(0));
	}

	static Map<String, Object> services() {
		return Yaml.map(document(), "services");
	}

	static Map<String, Object> service(String name) {
		Map<String, Object> service = Yaml.map(services(), name);
		if (service.isEmpty()) {
			throw new AssertionError("compose.yaml has no service " + name);
		}
		return service;
	}

	/**
	 * Names of the services a compose service waits for, in either syntax (list or map).
	 */
	static Set<String> dependencies(Map<String, Object> service) {
		Set<String> names = new LinkedHashSet<>();
		Object dependsOn = service.get("depends_on");
		if (dependsOn instanceof List) {
			for (Object name : (List<?>) dependsOn) {
				names.add(String.valueOf(name));
			}
		}
		else if (dependsOn instanceof Map) {
			for (Object name : ((Map<?, ?>) dependsOn).keySet()) {
				names.add(String.valueOf(name));
			}
		}
		return names;
	}

	/** Environment variable names, in either syntax (map or {@code NAME=value} list). */
	static Set<String> environment(Map<String, Object> service) {
		Set<String> names = new LinkedHashSet<>();
		Object environment = service.get("environment");
		if (environment instanceof Map) {
			for (Object name : ((Map<?, ?>) environment).keySet()) {
				names.add(String.valueOf(name));
			}
		}
		else if (environment instanceof List) {
			for (Object entry : (List<?>) environment) {
				names.add(String.valueOf(entry).split("=", 2)[0]);
			}
		}
		return names;
	}

}
