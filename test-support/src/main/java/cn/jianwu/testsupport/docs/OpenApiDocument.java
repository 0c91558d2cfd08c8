package cn.jianwu.testsupport.docs;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import cn.jianwu.testsupport.ServiceProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document as springdoc serves it from the running service, checked
 * against {@code docs/openapi/<service>.json}. Called from an integration test whose
 * service is already running, so that the check costs one request, not a context.
 */
public final class OpenApiDocument {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private OpenApiDocument() {
	}

	/**
	 * Fails when the service's API is not the one {@code docs/openapi/<service>.json}
	 * describes, naming the command that rewrites the document.
	 * @param service the module, e.g. {@code search-service}
	 * @param port the running service's port
	 */
	public static void assertDocumented(String service, int port) {
		HttpResponse<String> served = new ServiceProbe(port).get("/v3/api-docs");
		assertThat(served.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
		new DocumentedContract("docs/openapi/" + service + ".json", updateCommand(service))
			.assertDescribes(canonical(served.body()));
	}

	static String updateCommand(String service) {
		return "./mvnw -P update-docs -pl " + service + " -am verify";
	}

	/**
	 * The document without what depends on the test run (the server address with its
	 * random port) and with every object's keys sorted, so that it changes only when the
	 * API does.
	 */
	static String canonical(String document) {
		ObjectNode root = (ObjectNode) JSON.readTree(document);
		root.remove("servers");
		return JSON.writeValueAsString(sorted(root)) + "\n";
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			Map<String, JsonNode> fields = new TreeMap<>();
			node.properties().forEach((entry) -> fields.put(entry.getKey(), sorted(entry.getValue())));
			ObjectNode copy = JSON.createObjectNode();
			fields.forEach(copy::set);
			return copy;
		}
		if (node.isArray()) {
			var copy = JSON.createArrayNode();
			node.forEach((element) -> copy.add(sorted(element)));
			return copy;
		}
		return node;
	}

}
