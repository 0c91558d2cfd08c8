package cn.jianwu.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JDK HTTP server on a free loopback port, playing one of the platform's services for
 * the portal's tests, and the ways such a stub answers (JSON, or raw bytes).
 */
public final class StubServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	/**
	 * Starts the server.
	 * @param handler answers every request
	 */
	public StubServer(HttpHandler handler) {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", handler);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Answers with a value as JSON. */
	public static void json(HttpExchange exchange, int status, Object value) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		send(exchange, status, JSON.writeValueAsBytes(value));
	}

	/**
	 * Answers with bytes (the headers set before), or with no body when there are none.
	 */
	public static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
