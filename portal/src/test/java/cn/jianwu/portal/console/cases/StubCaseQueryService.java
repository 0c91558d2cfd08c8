package cn.jianwu.portal.console.cases;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianwu.casequery.api.alert.AlertState;
import cn.jianwu.casequery.api.alert.LockoutAlert;
import cn.jianwu.portal.StubServer;
import com.sun.net.httpserver.HttpExchange;

/**
 * case-query-service's lock-out alerts as the console reads them, played by a JDK HTTP
 * server: a code locked a second time (its lock doubled) and one locked until the desk
 * re-issues it. It records the authorisation of each call.
 */
public final class StubCaseQueryService implements AutoCloseable {

	public static final String CASE_NUMBER = "晋检刑诉受〔2026〕14010000123号";

	private final StubServer server;

	public final List<String> authorizations = new CopyOnWriteArrayList<>();

	public StubCaseQueryService() {
		this.server = new StubServer(this::handle);
	}

	public String url() {
		return this.server.url();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		if (!request.equals("GET /api/cases/alerts")) {
			StubServer.send(exchange, 404, new byte[0]);
			return;
		}
		StubServer.json(exchange, 200, List.of(
				new LockoutAlert(2, Instant.parse("2026-12-08T02:30:00Z"), CASE_NUMBER, 3, true,
						AlertState.LOCKED_UNTIL_REISSUE),
				new LockoutAlert(1, Instant.parse("2026-12-07T01:00:00Z"), CASE_NUMBER, 2, false, AlertState.LOCKED)));
	}

	@Override
	public void close() {
		this.server.close();
	}

}
