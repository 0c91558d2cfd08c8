package cn.jianwu.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for one downstream service: records what the gateway forwarded and answers
 * with its own name, so that a test can tell which service a path reached. A path
 * containing {@code /slow} answers after 1.5 s, longer than Resilience4j's 1 s default
 * time limit.
 */
final class DownstreamStub {

	static final long SLOW_MILLIS = 1500;

	private final String name;

	private final HttpServer server;

	private final ConcurrentLinkedDeque<Recorded> requests = new ConcurrentLinkedDeque<>();

	private final Map<String, byte[]> fixedAnswers = new ConcurrentHashMap<>();

	private DownstreamStub(String name) {
		this.name = name;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "stub-" + name);
			thread.setDaemon(true);
			return thread;
		}));
	}

	static DownstreamStub start(String name) {
		DownstreamStub stub = new DownstreamStub(name);
		stub.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stub.server.stop(0)));
		return stub;
	}

	/**
	 * Answers one path with a fixed JSON body instead of the echo (e.g. the key set that
	 * disclosure-service publishes at {@code /api/auth/jwks}).
	 * @param path the exact raw path
	 * @param json the body
	 * @return this stub
	 */
	DownstreamStub answer(String path, String json) {
		this.fixedAnswers.put(path, json.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * The last request whose path starts with the given prefix.
	 * @param pathPrefix raw path prefix
	 * @return the request, if the gateway forwarded one
	 */
	Optional<Recorded> lastRequest(String pathPrefix) {
		return this.requests.stream().filter((r) -> r.path().startsWith(pathPrefix)).reduce((a, b) -> b);
	}

	List<Recorded> requests() {
		return List.copyOf(this.requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			exchange.getRequestHeaders().forEach((key, values) -> headers.put(key, String.join(",", values)));
			String path = exchange.getRequestURI().getRawPath();
			this.requests.add(new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
					headers, body.length));
			if (path.contains("/slow")) {
				sleep();
			}
			byte[] answer = this.fixedAnswers.containsKey(path) ? this.fixedAnswers.get(path)
					: ("{\"service\":\"" + this.name + "\",\"path\":\"" + path + "\",\"bodyLength\":" + body.length
							+ "}")
						.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			// Headers a real server might leak; the gateway must drop them.
			exchange.getResponseHeaders().set("Server", "StubServer/1.0");
			exchange.getResponseHeaders().set("X-Powered-By", "Stub");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		catch (IOException ex) {
			// The gateway gave up on this request (time limit, body limit): nothing to
			// do.
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(SLOW_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * What the gateway forwarded.
	 *
	 * @param method HTTP method
	 * @param path raw path
	 * @param query raw query, or {@code null}
	 * @param headers request headers, case-insensitive
	 * @param bodyLength bytes of body received
	 */
	record Recorded(String method, String path, String query, Map<String, String> headers, int bodyLength) {

		String header(String name) {
			return this.headers.get(name);
		}

	}

}
