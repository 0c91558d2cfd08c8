package cn.jianwu.casequery;

import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;

import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a real answer with the contract's example JSON that the callers' tests parse:
 * the same members at the same places (values differ, of course).
 */
public final class ExampleShape {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExampleShape() {
	}

	public static void assertSameShape(String answer, Example example) {
		assertThat(paths(JSON.readTree(answer))).as("members of the answer, compared with %s", example.fileName())
			.containsExactlyElementsOf(paths(JSON.readTree(CaseQueryExamples.json(example))));
	}

	public static JsonNode example(Example example) {
		return JSON.readTree(CaseQueryExamples.json(example));
	}

	public static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

	private static SortedSet<String> paths(JsonNode node) {
		SortedSet<String> paths = new TreeSet<>();
		collect(node, "$", paths);
		return paths;
	}

	private static void collect(JsonNode node, String path, SortedSet<String> paths) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				String child = path + "." + member.getKey();
				paths.add(child);
				collect(member.getValue(), child, paths);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				collect(element, path + "[]", paths);
			}
		}
	}

}
