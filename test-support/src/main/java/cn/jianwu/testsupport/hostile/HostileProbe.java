package cn.jianwu.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import cn.jianwu.testsupport.hostile.RawHttp.Answer;

/**
 * Sends the {@link HostileCorpus} to a running service's endpoints and collects what the
 * service must never do with it: answer 5xx, answer an error that is not Problem Details,
 * or quote the input back.
 */
public final class HostileProbe {

	private final int port;

	private final String token;

	private final List<String> findings = new ArrayList<>();

	private int requests;

	public HostileProbe(int port, String token) {
		this.port = port;
		this.token = token;
	}

	/**
	 * The endpoints of an OpenAPI 3 document, with their query parameters and the
	 * properties of their JSON bodies.
	 */
	public static List<Endpoint> fromOpenApi(String document) {
		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		List<Endpoint> endpoints = new ArrayList<>();
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (!(operation instanceof Map<?, ?> op)) {
				return;
			}
			Set<String> query = new LinkedHashSet<>();
			if (op.get("parameters") instanceof List<?> parameters) {
				for (Object parameter : parameters) {
					Map<?, ?> p = (Map<?, ?>) parameter;
					if ("query".equals(p.get("in"))) {
						query.add((String) p.get("name"));
					}
				}
			}
			Set<String> properties = new LinkedHashSet<>();
			boolean json = false;
			if (op.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
				json = content.containsKey("application/json");
				if (json && ((Map<?, ?>) content.get("application/json")).get("schema") instanceof Map<?, ?> schema) {
					properties.addAll(propertiesOf(document, schema));
				}
			}
			endpoints.add(new Endpoint(method.toUpperCase(), path, List.copyOf(query), List.copyOf(properties), json));
		}));
		return endpoints;
	}

	private static Set<String> propertiesOf(String document, Map<?, ?> schema) {
		Object ref = schema.get("$ref");
		Map<?, ?> resolved = schema;
		if (ref instanceof String name) {
			resolved = JsonPath.read(document,
					"$.components.schemas['" + name.substring(name.lastIndexOf('/') + 1) + "']");
		}
		return (resolved.get("properties") instanceof Map<?, ?> properties)
				? new LinkedHashSet<>(properties.keySet().stream().map(String::valueOf).toList()) : Set.of();
	}

	/** Sends the whole corpus to one endpoint. */
	public void probe(Endpoint endpoint) {
		String path = endpoint.path().replaceAll("\\{[^}]+}", "1");
		if (endpoint.path().contains("{")) {
			for (String segment : HostileCorpus.PATH_SEGMENTS) {
				check(endpoint.method(), endpoint.path().replaceAll("\\{[^}]+}", segment), null, null);
			}
		}
		List<String> names = endpoint.query().isEmpty() ? List.of("q") : endpoint.query();
		for (String name : names) {
			for (String value : HostileCorpus.QUERY_VALUES) {
				check(endpoint.method(), path + "?" + name + "=" + value, null, null);
			}
		}
		if (!endpoint.json()) {
			return;
		}
		for (String body : HostileCorpus.BODIES) {
			check(endpoint.method(), path, "application/json", body);
		}
		for (String property : endpoint.properties()) {
			for (String value : HostileCorpus.PROPERTY_VALUES) {
				check(endpoint.method(), path, "application/json", "{\"" + property + "\":" + value + "}");
			}
		}
		for (List<String> wrong : HostileCorpus.WRONG_CONTENT) {
			check(endpoint.method(), path, wrong.get(0), wrong.get(1));
		}
	}

	private void check(String method, String target, String contentType, String body) {
		this.requests++;
		Answer answer = RawHttp.send(this.port, method, target, this.token, contentType,
				(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
		String request = method + " " + abbreviate(target) + ((body != null) ? " " + abbreviate(body) : "");
		if (answer.status() >= 500 || answer.status() == 0) {
			this.findings.add(answer.status() + " for " + request + ": " + abbreviate(answer.body()));
		}
		else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
			this.findings.add(answer.status() + " not Problem Details (" + answer.contentType() + ") for " + request);
		}
		else if (answer.status() >= 400 && answer.body().contains(HostileCorpus.ECHO)) {
			this.findings.add(answer.status() + " quotes the input for " + request);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 120) ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
	}

	/** What went wrong, one line per request. */
	public List<String> findings() {
		return this.findings;
	}

	/** How many requests were sent. */
	public int requests() {
		return this.requests;
	}

	/**
	 * An operation: its method, path template, query parameters and JSON body properties.
	 */
	public record Endpoint(String method, String path, List<String> query, List<String> properties, boolean json) {

		public static Endpoint get(String path, String... query) {
			return new Endpoint("GET", path, List.of(query), List.of(), false);
		}

		public static Endpoint post(String path, String... properties) {
			return new Endpoint("POST", path, List.of(), List.of(properties), true);
		}

	}

}
