package cn.jianwu.deploy.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML parsing and navigation of the plain maps and lists SnakeYAML builds. Absent keys
 * read as empty, so that a check states what it expects instead of guarding nulls.
 */
final class Yaml {

	private Yaml() {
	}

	static List<Object> documents(Path file) {
		return documents(Repository.read(file));
	}

	static List<Object> documents(String text) {
		List<Object> documents = new ArrayList<>();
		for (Object document : parser().loadAll(text)) {
			if (document != null) {
				documents.add(document);
			}
		}
		return documents;
	}

	static Map<String, Object> map(Object node, String... path) {
		Object value = at(node, path);
		return (value instanceof Map) ? cast(value) : Collections.emptyMap();
	}

	static List<Object> list(Object node, String... path) {
		Object value = at(node, path);
		return (value instanceof List) ? cast(value) : Collections.emptyList();
	}

	static String text(Object node, String... path) {
		Object value = at(node, path);
		return (value != null) ? String.valueOf(value) : null;
	}

	static boolean has(Object node, String... path) {
		return at(node, path) != null;
	}

	static Object at(Object node, String... path) {
		Object current = node;
		for (String key : path) {
			if (!(current instanceof Map)) {
				return null;
			}
			current = ((Map<?, ?>) current).get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

	private static org.yaml.snakeyaml.Yaml parser() {
		// Plain data only: no tags that instantiate classes.
		return new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions()));
	}

}
