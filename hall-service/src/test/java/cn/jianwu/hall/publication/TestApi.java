package cn.jianwu.hall.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;

import cn.jianwu.testsupport.JsonRequests;

/** The running service's HTTP API, as a browser or the console calls it. */
public final class TestApi {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	public TestApi(int port) {
		this.port = port;
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response send(String method, String path, String token, String json) {
		try {
			HttpResponse<String> response = HTTP.send(
					JsonRequests.of("http://127.0.0.1:" + this.port + path, method, token, json).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: its status, body and content type. */
	public record Response(int status, String body, String contentType) {

		public <T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

	}

}
