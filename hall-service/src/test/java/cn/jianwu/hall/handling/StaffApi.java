package cn.jianwu.hall.handling;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the service over HTTP as the staff console and channel-wechat do. */
final class StaffApi {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	StaffApi(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	Response get(String token, String path) {
		return send(token, "GET", path, null);
	}

	Response post(String token, String path, String json) {
		return send(token, "POST", path, json);
	}

	Response put(String token, String path, String json) {
		return send(token, "PUT", path, json);
	}

	Response send(String token, String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)
							: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String contentType, String body) {

		<T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

		Response assertOk() {
			assertThat(this.status).as(this.body).isEqualTo(200);
			return this;
		}

		/** Asserts a Problem Details answer of the platform's kind, in Chinese. */
		Response assertProblem(int expected, String kind) {
			assertThat(this.status).as(this.body).isEqualTo(expected);
			assertThat(this.contentType).startsWith("application/problem+json");
			assertThat(this.<String>read("$.type")).isEqualTo("https://jianwu.cn/problems/" + kind);
			assertThat(this.body).doesNotContain("Exception").doesNotContain("at cn.");
			return this;
		}

		String detail() {
			return read("$.detail");
		}

	}

}
