package cn.jianwu.portal.console.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianwu.events.Category;
import cn.jianwu.portal.StubServer;
import cn.jianwu.reports.api.obligation.Duty;
import cn.jianwu.reports.api.obligation.DutyState;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationView;
import cn.jianwu.reports.api.reminder.Reminder;
import cn.jianwu.reports.api.reminder.Severity;
import cn.jianwu.reports.api.score.ScoreRow;
import cn.jianwu.reports.api.score.ScoreSheet;
import com.sun.net.httpserver.HttpExchange;

import static cn.jianwu.portal.StubServer.json;
import static cn.jianwu.portal.StubServer.send;

/**
 * report-service's obligations, reminders and score sheets as the console sees them,
 * played by a JDK HTTP server: one overdue duty of the logistics section, one register
 * entry, a score sheet of 2026 and its CSV. A new obligation without a title is refused
 * with the service's Problem Details. It records what it was sent.
 */
public final class StubReportService implements AutoCloseable {

	public static final String OBLIGATION = "seed-resources";

	/**
	 * The score sheet's CSV as report-service sends it (UTF-8 with a byte order mark).
	 */
	public static final String CSV = "\uFEFF部门,应公开任务数\r\n行装科,4\r\n";

	private final StubServer server;

	public final List<String> requests = new CopyOnWriteArrayList<>();

	public final List<String> bodies = new CopyOnWriteArrayList<>();

	public final List<String> authorizations = new CopyOnWriteArrayList<>();

	public StubReportService() {
		this.server = new StubServer(this::handle);
	}

	public String url() {
		return this.server.url();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(request);
		this.bodies.add(body);
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		ObligationView entry = new ObligationView(OBLIGATION, "公共资源配置、车辆管理、政府采购项目实施和专项资金使用情况", "行装科",
				Category.GOVERNMENT_AFFAIRS, null, Frequency.QUARTERLY, null, null, null, null, "SEED", "《实施意见》四（一）2",
				true, Instant.parse("2026-01-05T01:00:00Z"));
		switch (request) {
			case "GET /api/reports/obligations/mine" -> json(exchange, 200,
					List.of(new Duty(OBLIGATION, entry.title(), "行装科", Category.GOVERNMENT_AFFAIRS, null,
							Frequency.QUARTERLY, "2026Q3", "2026年第三季度", LocalDate.of(2026, 9, 30), DutyState.OVERDUE,
							null, null, "/console/items/new?obligation=" + OBLIGATION)));
			case "GET /api/reports/reminders" ->
				json(exchange, 200, List.of(new Reminder("OBLIGATION", entry.title() + "（2026年第三季度）已逾期",
						LocalDate.of(2026, 9, 30), Severity.OVERDUE, "/console/items/new?obligation=" + OBLIGATION)));
			case "GET /api/reports/obligations" -> json(exchange, 200, List.of(entry));
			case "POST /api/reports/obligations" -> {
				if (body.contains("\"title\":\"\"")) {
					problem(exchange);
				}
				else {
					json(exchange, 201, entry);
				}
			}
			case "GET /api/reports/scores?year=2026" -> json(exchange, 200, new ScoreSheet(2026,
					LocalDate.of(2026, 12, 7), List.of(new ScoreRow("行装科", 4, 3, 0, 1, 0.75, 12, 1, 0, 2, 1))));
			case "GET /api/reports/scores/2026.csv" -> {
				byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/csv;charset=UTF-8");
				exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"scores-2026.csv\"");
				send(exchange, 200, bytes);
			}
			default -> send(exchange, 404, new byte[0]);
		}
	}

	private static void problem(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		send(exchange, 400, """
				{"type":"https://jianwu.cn/problems/validation","title":"请求内容有误","status":400,
				 "detail":"请填写公开事项名称。","errors":[{"field":"title","message":"请填写公开事项名称"}]}"""
			.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.server.close();
	}

}
