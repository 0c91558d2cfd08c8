package cn.jianwu.casequery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the service over HTTP the way its clients do: the desk with a staff token, the
 * public (through the gateway, which names the client in {@code X-Forwarded-For}), the
 * IVR with form fields.
 */
public final class Api {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.executor(java.util.concurrent.Executors.newFixedThreadPool(16, (runnable) -> {
			Thread thread = new Thread(runnable, "test-http");
			thread.setDaemon(true);
			return thread;
		}))
		.build();

	private final String base;

	public Api(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A case number as a path segment: percent-encoded UTF-8. */
	public static String path(String caseNumber) {
		return URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
	}

	public Response staff(String token, String method, String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, body(json))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token));
	}

	public Response anonymous(String method, String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, body(json))
			.header("Content-Type", "application/json"));
	}

	/** {@code POST /api/cases/query} as the gateway forwards it for a client address. */
	public Response query(String client, String queryCode, String idLast4) {
		return query(client, "{\"queryCode\":\"" + queryCode + "\",\"idLast4\":\"" + idLast4 + "\"}");
	}

	public Response query(String client, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/api/cases/query"))
			.POST(body(json))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", client));
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** A form POST, as an IVR submits a VoiceXML namelist. */
	public Response form(String client, String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", client));
	}

	public Response send(String method, String path, String contentType, String body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, body(body))
			.header("Content-Type", contentType);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return (json != null) ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody();
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			long started = System.nanoTime();
			HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Cache-Control").orElse(""), response.body(),
					Duration.ofNanos(System.nanoTime() - started));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Asserts a Problem Details answer of the platform's kind. */
	public static void assertProblem(Response response, int status, String kind) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>read("$.type")).isEqualTo("https://jianwu.cn/problems/" + kind);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.");
	}

	/** An answer. */
	public record Response(int status, String contentType, String cacheControl, String body, Duration took) {

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
