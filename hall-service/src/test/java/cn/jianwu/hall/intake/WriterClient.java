package cn.jianwu.hall.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the hall as the public does, through the gateway (which names the client in
 * {@code X-Forwarded-For}), and as channel-wechat does (directly, from its address).
 */
public final class WriterClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	public WriterClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A client address of its own, so that tests do not share a throttle. */
	public static String newClient() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
	}

	/** A submission's fields; change what a test needs. */
	public static Map<String, Object> message(String kind, String subject, String body) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", kind);
		fields.put("subject", subject);
		fields.put("body", body);
		fields.put("publicOk", true);
		return fields;
	}

	public Response submit(String client, Map<String, Object> fields) {
		return post("/api/hall/messages", client, JSON.writeValueAsString(fields));
	}

	public Response lookup(String client, String trackingCode, String checkCode) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("trackingCode", trackingCode);
		fields.put("checkCode", checkCode);
		return post("/api/hall/messages/lookup", client, JSON.writeValueAsString(fields));
	}

	public Response post(String path, String client, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json");
		if (client != null) {
			request.header("X-Forwarded-For", client);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String body, String retryAfter) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String text(String field) {
			JsonNode node = json().get(field);
			return (node == null || node.isNull()) ? null : node.asString();
		}

	}

}
