package cn.jianwu.disclosure;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.api.ApiExamples;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the service's real answers against disclosure-api's canonical examples, which
 * the portal's tests read: the same fields at every level, and readable as the contract's
 * record without a field left over.
 */
public final class ContractShapes {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ContractShapes() {
	}

	/**
	 * @return the answer as the contract's record
	 */
	public static <T> T assertShape(String answer, ApiExamples example, Class<T> type) {
		JsonNode actual = JSON.readTree(answer);
		JsonNode expected = JSON.readTree(example.json());
		List<String> differences = new ArrayList<>();
		compare("$", expected, actual, differences);
		assertThat(differences).as("fields that differ from " + example.fileName() + " in " + answer).isEmpty();
		return JSON.readValue(answer, type);
	}

	private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.isObject() && actual.isObject()) {
			List<String> expectedNames = new ArrayList<>(expected.propertyNames());
			List<String> actualNames = new ArrayList<>(actual.propertyNames());
			if (!expectedNames.equals(actualNames)) {
				differences.add(path + ": " + expectedNames + " but was " + actualNames);
				return;
			}
			for (String name : expectedNames) {
				compare(path + "." + name, expected.get(name), actual.get(name), differences);
			}
		}
		else if (expected.isArray() && actual.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
			compare(path + "[0]", expected.get(0), actual.get(0), differences);
		}
		else if ((expected.isObject() || actual.isObject()) && !expected.isNull() && !actual.isNull()) {
			differences.add(path + ": " + expected.getNodeType() + " but was " + actual.getNodeType());
		}
	}

}
