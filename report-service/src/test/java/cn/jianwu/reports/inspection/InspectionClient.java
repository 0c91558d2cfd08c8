package cn.jianwu.reports.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.jianwu.testsupport.JsonRequests;
import tools.jackson.databind.json.JsonMapper;

/** The running service's inspection API as the console calls it. */
final class InspectionClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	InspectionClient(int port) {
		this.port = port;
	}

	Response send(String method, String path, String token, Object body) {
		String json = (body != null) ? JSON.writeValueAsString(body) : null;
		HttpRequest request = JsonRequests.of("http://127.0.0.1:" + this.port + path, method, token, json).build();
		try {
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
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

	record Response(int status, byte[] bytes, String contentType) {

		String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		<T> T as(Class<T> type) {
			return JSON.readValue(this.bytes, type);
		}

	}

}
