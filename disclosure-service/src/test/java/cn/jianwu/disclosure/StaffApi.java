package cn.jianwu.disclosure;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.testsupport.JsonRequests;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the service's HTTP API the way the console does: logs in demo staff with
 * {@code POST /api/auth/token} and sends their bearer tokens.
 */
public final class StaffApi {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	public StaffApi(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public String token(String username) {
		return this.tokens.computeIfAbsent(username, (user) -> {
			Response response = send("POST", "/api/auth/token", null,
					"{\"username\":\"" + user + "\",\"password\":\"demo-" + user + "\"}");
			if (response.status() != 200) {
				throw new IllegalStateException("Login of " + user + " failed: " + response.body());
			}
			return response.json().read("$.access_token");
		});
	}

	public Response as(String username, String method, String path, String json) {
		return send(method, path, token(username), json);
	}

	/** A request with an {@code Idempotency-Key}, as the console sends its forms. */
	public Response withKey(String username, String key, String method, String path, String json) {
		return send(JsonRequests.of(this.base + path, method, token(username), json).header("Idempotency-Key", key),
				method, path);
	}

	public Response anonymous(String method, String path, String json) {
		return send(method, path, null, json);
	}

	public Response send(String method, String path, String token, String json) {
		return send(JsonRequests.of(this.base + path, method, token, json), method, path);
	}

	private Response send(HttpRequest.Builder request, String method, String path) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The {@code status} of an item in a successful answer. */
	public static String status(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.read("$.status");
	}

	/**
	 * Asserts a Problem Details answer of the platform's kind, with no stack trace in it.
	 */
	public static void assertProblem(Response response, int status, String kind) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>read("$.type")).isEqualTo("https://jianwu.cn/problems/" + kind);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.");
	}

	/** An answer with its status, content type and body. */
	public record Response(int status, String contentType, String body) {

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
