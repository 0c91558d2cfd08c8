package cn.jianwu.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the service over HTTP, as the portal and operators do. */
public final class SearchApi {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	public SearchApi(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** {@code GET /api/search} with the given parameters, in pairs: name, value, … */
	public Response search(String... parameters) {
		Map<String, String> query = new LinkedHashMap<>();
		for (int i = 0; i < parameters.length; i += 2) {
			query.put(parameters[i], parameters[i + 1]);
		}
		return get("/api/search?" + query.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")), null);
	}

	public Response get(String path, String token) {
		return send("GET", path, token);
	}

	public Response send(String method, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Retry-After").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Asserts a Problem Details answer of the platform's kind, in Chinese, with no trace
	 * of Elasticsearch or Java in it.
	 */
	public static void assertProblem(Response response, int status, String kind) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>read("$.type")).isEqualTo("https://jianwu.cn/problems/" + kind);
		assertThat(response.<String>read("$.title")).containsPattern("\\p{IsHan}");
		assertThat(response.body()).doesNotContain("Exception")
			.doesNotContain("at cn.")
			.doesNotContainIgnoringCase("elasticsearch")
			.doesNotContain("_shards");
	}

	/** An answer. */
	public record Response(int status, String contentType, String retryAfter, String body) {

		public DocumentContext json() {
			return JsonPath.parse(this.body);
		}

		public <T> T read(String path) {
			return json().read(path);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
