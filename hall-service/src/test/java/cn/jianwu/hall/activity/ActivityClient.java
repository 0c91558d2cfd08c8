package cn.jianwu.hall.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import cn.jianwu.testsupport.JsonRequests;

/**
 * The running service's activity API as the portal (naming the client in
 * {@code X-Forwarded-For}, as the gateway does) and the console call it.
 */
final class ActivityClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	ActivityClient(int port) {
		this.port = port;
	}

	/** A client address of its own, so that requests do not share a throttle. */
	static String newClient() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "203.0." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
	}

	Response publicly(String method, String path, String json) {
		return send(method, path, null, json, newClient());
	}

	Response staff(String method, String path, String token, String json) {
		return send(method, path, token, json, null);
	}

	private Response send(String method, String path, String token, String json, String client) {
		HttpRequest.Builder request = JsonRequests.of("http://127.0.0.1:" + this.port + path, method, token, json);
		if (client != null) {
			request.header("X-Forwarded-For", client);
		}
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: its status, body and the headers the tests look at. */
	record Response(int status, byte[] bytes, String contentType, String contentDisposition) {

		String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		<T> T read(String path) {
			return JsonPath.read(body(), path);
		}

	}

}
