package cn.jianwu.portal.console.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianwu.casequery.api.alert.AlertState;
import cn.jianwu.casequery.api.alert.LockoutAlert;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * case-query-service's lock-out alerts as the console reads them, played by a JDK HTTP
 * server: a code locked a second time (its lock doubled) and one locked until the desk
 * re-issues it. It records the authorisation of each call.
 */
public final class StubCaseQueryService implements AutoCloseable {

	public static final String CASE_NUMBER = "晋检刑诉受〔2026〕14010000123号";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	public final List<String> authorizations = new CopyOnWriteArrayList<>();

	public StubCaseQueryService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		if (!request.equals("GET /api/cases/alerts")) {
			send(exchange, 404, new byte[0]);
			return;
		}
		List<LockoutAlert> alerts = List.of(
				new LockoutAlert(2, Instant.parse("2026-12-08T02:30:00Z"), CASE_NUMBER, 3, true,
						AlertState.LOCKED_UNTIL_REISSUE),
				new LockoutAlert(1, Instant.parse("2026-12-07T01:00:00Z"), CASE_NUMBER, 2, false, AlertState.LOCKED));
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		send(exchange, 200, JSON.writeValueAsBytes(alerts));
	}

	private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
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
