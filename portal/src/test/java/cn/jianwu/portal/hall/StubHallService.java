package cn.jianwu.portal.hall;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.HandlingStep;
import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.api.handling.MessageSummary;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.handling.WriterDetails;
import cn.jianwu.hall.api.message.LookupFailure;
import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.publication.Figures;
import cn.jianwu.hall.api.publication.MessageStatistics;
import cn.jianwu.hall.api.publication.PublicMessage;
import cn.jianwu.hall.api.publication.PublicMessagePage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * hall-service as the gateway routes it to the portal ({@code /api/hall/**},
 * {@code /api/public/messages/**}, {@code /api/public/calls/**}), played by a JDK HTTP
 * server that answers with the JSON the hall-api records produce: a receipt, a lookup
 * (the uniform failure for any other codes), published answers, a year's figures, calls,
 * and for staff with the stub's token an inbox, two messages (one waiting for triage, one
 * feedback on an item) and their steps. It records what it was sent.
 */
public final class StubHallService implements AutoCloseable {

	public static final String TRACKING_CODE = "482109375516";

	public static final String CHECK_CODE = "305117";

	public static final UUID ITEM_ID = UUID.fromString("3f2c1d9e-1111-4222-8333-444455556666");

	public static final UUID OPEN_CALL = UUID.fromString("7a000000-0000-4000-8000-000000000001");

	public static final UUID CLOSED_CALL = UUID.fromString("7a000000-0000-4000-8000-000000000002");

	public static final UUID RESULTS_CALL = UUID.fromString("7a000000-0000-4000-8000-000000000003");

	public static final UUID TRIAGE_MESSAGE = UUID.fromString("5e000000-0000-4000-8000-000000000001");

	public static final UUID FEEDBACK_MESSAGE = UUID.fromString("5e000000-0000-4000-8000-000000000002");

	/** A subject someone typed to see whether the pages render markup. */
	public static final String HOSTILE = "<script>alert(1)</script>退休金咨询";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant RECEIVED = Instant.parse("2026-09-30T02:00:00Z");

	private final HttpServer server;

	private final String token;

	public final List<String> requests = new CopyOnWriteArrayList<>();

	public final List<String> bodies = new CopyOnWriteArrayList<>();

	/** The {@code X-Forwarded-For} of each request, empty where it had none. */
	public final List<String> forwardedFor = new CopyOnWriteArrayList<>();

	/**
	 * @param token the bearer token staff calls must carry
	 */
	public StubHallService(String token) {
		this.token = token;
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

	/** The body of the last request to a path ("POST /api/..."), or null. */
	public String lastBody(String request) {
		int at = this.requests.lastIndexOf(request);
		return (at >= 0) ? this.bodies.get(at) : null;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		String query = (exchange.getRequestURI().getQuery() != null) ? exchange.getRequestURI().getQuery() : "";
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(method + " " + path);
		this.bodies.add(body);
		String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
		this.forwardedFor.add((forwarded != null) ? forwarded : "");
		if (path.startsWith("/api/hall/staff/")) {
			if (!("Bearer " + this.token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				problem(exchange, 401, "unauthorized", "需要登录", null);
				return;
			}
			staff(exchange, method, path, query, body);
			return;
		}
		if ("POST".equals(method) && "/api/hall/messages".equals(path)) {
			if (body.contains("\"body\":\"\"") || body.contains("\"body\":null")) {
				problem(exchange, 400, "validation", "请填写留言内容。", "body");
				return;
			}
			MessageKind kind = JSON.readTree(body).path("kind").isNull() ? MessageKind.CONSULTATION
					: MessageKind.valueOf(JSON.readTree(body).path("kind").asString());
			answer(exchange, 201, new SubmissionReceipt(TRACKING_CODE, CHECK_CODE, kind, RECEIVED,
					LocalDate.of(2026, 10, 16), LocalDate.of(2026, 12, 30)));
			return;
		}
		if ("POST".equals(method) && "/api/hall/messages/lookup".equals(path)) {
			if (body.contains(TRACKING_CODE) && body.contains(CHECK_CODE)) {
				answer(exchange, 200,
						new MessageLookup(MessageKind.CONSULTATION, HOSTILE, MessageStatus.ANSWERED, "第一检察部", RECEIVED,
								LocalDate.of(2026, 10, 16), LocalDate.of(2026, 12, 30),
								Instant.parse("2026-10-09T03:00:00Z"), "您的留言已收到，正在办理。",
								Instant.parse("2026-10-20T03:00:00Z"), "第一段答复。\n\n第二段<b>答复</b>。", null));
			}
			else {
				problem(exchange, 404, LookupFailure.TYPE_SLUG, LookupFailure.detail(5, 30), null);
			}
			return;
		}
		if ("GET".equals(method) && "/api/public/messages".equals(path)) {
			answer(exchange, 200,
					new PublicMessagePage(List.of(new PublicMessage(UUID.randomUUID(), MessageKind.CONSULTATION,
							HOSTILE, "张某询问退休金。\n\n第二段问题。", "已答复：请到社保部门办理。", "第一检察部", RECEIVED,
							Instant.parse("2026-10-20T03:00:00Z"))), 16, page(query), 15));
			return;
		}
		if ("GET".equals(method) && "/api/public/messages/statistics".equals(path)) {
			Map<MessageKind, Figures> byKind = new EnumMap<>(MessageKind.class);
			for (MessageKind kind : MessageKind.values()) {
				byKind.put(kind, new Figures(0, 0, 0, 0));
			}
			byKind.put(MessageKind.CONSULTATION, new Figures(12, 10, 9, 6.27));
			answer(exchange, 200, new MessageStatistics(Integer.parseInt(query.replaceAll(".*year=(\\d+).*", "$1")),
					new Figures(12, 10, 9, 6.27), byKind,
					IntStream.rangeClosed(1, 12)
						.mapToObj((month) -> (month == 9) ? new Figures(12, 10, 9, 6.27) : new Figures(0, 0, 0, 0))
						.toList()));
			return;
		}
		if ("GET".equals(method) && "/api/public/calls".equals(path)) {
			List<CallView> calls = switch (query) {
				case "state=OPEN" -> List.of(call(OPEN_CALL, CallState.OPEN));
				case "state=RESULTS_PUBLISHED" -> List.of(call(RESULTS_CALL, CallState.RESULTS_PUBLISHED));
				default -> List.of();
			};
			answer(exchange, 200, calls);
			return;
		}
		if ("GET".equals(method) && path.startsWith("/api/public/calls/")) {
			UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
			if (id.equals(OPEN_CALL) || id.equals(RESULTS_CALL)) {
				answer(exchange, 200, call(id, id.equals(OPEN_CALL) ? CallState.OPEN : CallState.RESULTS_PUBLISHED));
			}
			else {
				problem(exchange, 404, "not-found", "该征集不存在", null);
			}
			return;
		}
		problem(exchange, 404, "not-found", "不存在", null);
	}

	private void staff(HttpExchange exchange, String method, String path, String query, String body)
			throws IOException {
		String messages = "/api/hall/staff/messages";
		if ("GET".equals(method) && messages.equals(path)) {
			long total = query.contains("status=RECEIVED") ? 3
					: query.contains("due=DUE_SOON") ? 2 : query.contains("due=OVERDUE") ? 1 : 2;
			answer(exchange, 200, new MessagePage(List.of(summary(TRIAGE_MESSAGE), summary(FEEDBACK_MESSAGE)), total,
					page(query), 20));
			return;
		}
		if ("GET".equals(method) && path.equals(messages + "/" + TRIAGE_MESSAGE)) {
			answer(exchange, 200,
					new StaffMessage(summary(TRIAGE_MESSAGE), "我想咨询<script>alert(2)</script>退休金。\n\n电话见下。", true,
							new WriterDetails("王建国", "13800138000", null, null, List.of("14010519850312457X")), null,
							null, null, null, null, null, null, null, null,
							List.of(new HandlingStep(HandlingAction.RECEIVE, "hall", "网上服务大厅", RECEIVED, null)),
							Set.of(HandlingAction.ASSIGN, HandlingAction.MERGE, HandlingAction.REFER)));
			return;
		}
		if ("GET".equals(method) && path.equals(messages + "/" + FEEDBACK_MESSAGE)) {
			answer(exchange, 200, new StaffMessage(summary(FEEDBACK_MESSAGE), "公告中的日期有误。", false, null, ITEM_ID, null,
					null, null, null, null, "草稿：已核实并修订。", null, null,
					List.of(new HandlingStep(HandlingAction.RECEIVE, "hall", "网上服务大厅", RECEIVED, null),
							new HandlingStep(HandlingAction.ASSIGN, "office1", "办公室分办员", RECEIVED, "公诉部")),
					Set.of(HandlingAction.ACKNOWLEDGE, HandlingAction.DRAFT_ANSWER, HandlingAction.SUBMIT_ANSWER)));
			return;
		}
		if ("POST".equals(method) && path.startsWith(messages + "/")) {
			if (path.endsWith("/acknowledge") && body.contains("\"text\":\"\"")) {
				problem(exchange, 400, "validation", "请填写内容。", "text");
				return;
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
			return;
		}
		if ("GET".equals(method) && "/api/hall/staff/departments".equals(path)) {
			answer(exchange, 200, List.of("办公室", "控告申诉检察部", "公诉部"));
			return;
		}
		String calls = "/api/hall/staff/calls";
		if ("GET".equals(method) && calls.equals(path)) {
			answer(exchange, 200, List.of(call(OPEN_CALL, CallState.OPEN), call(CLOSED_CALL, CallState.CLOSED)));
			return;
		}
		if ("POST".equals(method) && calls.equals(path)) {
			if (body.contains("\"title\":\"\"")) {
				problem(exchange, 400, "validation", "请填写征集标题。", "title");
				return;
			}
			answer(exchange, 201, call(OPEN_CALL, CallState.SCHEDULED));
			return;
		}
		if ("GET".equals(method) && path.endsWith("/responses")) {
			answer(exchange, 200, new MessagePage(List.of(summary(FEEDBACK_MESSAGE)), 1, 0, 50));
			return;
		}
		if ("GET".equals(method) && path.startsWith(calls + "/")) {
			UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
			answer(exchange, 200, call(id, id.equals(CLOSED_CALL) ? CallState.CLOSED : CallState.OPEN));
			return;
		}
		if ("POST".equals(method) && path.endsWith("/results")) {
			answer(exchange, 200, call(CLOSED_CALL, CallState.RESULTS_PUBLISHED));
			return;
		}
		problem(exchange, 404, "not-found", "不存在", null);
	}

	private static MessageSummary summary(UUID id) {
		boolean triage = id.equals(TRIAGE_MESSAGE);
		return new MessageSummary(id, triage ? "2026-00041" : "2026-00042",
				triage ? MessageKind.CONSULTATION : MessageKind.ITEM_FEEDBACK, SubmissionChannel.WEB,
				triage ? HOSTILE : "对公告日期的意见", triage ? MessageStatus.RECEIVED : MessageStatus.ASSIGNED,
				triage ? null : "公诉部", RECEIVED, LocalDate.of(2026, 10, 16), LocalDate.of(2026, 12, 30),
				triage ? DueState.OVERDUE : DueState.DUE_SOON);
	}

	private static CallView call(UUID id, CallState state) {
		boolean results = state == CallState.RESULTS_PUBLISHED;
		return new CallView(id, "关于改进检察服务的意见征集", "征集说明第一段。\n\n征集说明第二段<i>。", "办公室",
				Instant.parse("2026-12-01T01:00:00Z"), Instant.parse("2026-12-31T09:00:00Z"),
				List.of("您对检察服务中心有何建议？", "您希望公开哪些信息？"), state, UUID.fromString("3f2c1d9e-2222-4222-8333-444455556666"),
				results ? 7 : 2, results ? UUID.fromString("3f2c1d9e-3333-4222-8333-444455556666") : null,
				results ? "共收到意见7条。" : null, results ? "采纳了延长接待时间的建议。" : null);
	}

	private static int page(String query) {
		return query.matches(".*page=\\d+.*") ? Integer.parseInt(query.replaceAll(".*page=(\\d+).*", "$1")) : 0;
	}

	private static void answer(HttpExchange exchange, int status, Object value) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		write(exchange, status, JSON.writeValueAsString(value));
	}

	private static void problem(HttpExchange exchange, int status, String kind, String detail, String field)
			throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		Map<String, Object> problem = new java.util.LinkedHashMap<>();
		problem.put("type", "https://jianwu.cn/problems/" + kind);
		problem.put("title", "请求未被受理");
		problem.put("status", status);
		problem.put("detail", detail);
		if (field != null) {
			problem.put("errors", List.of(Map.of("field", field, "message", detail.replace("。", ""))));
		}
		write(exchange, status, JSON.writeValueAsString(problem));
	}

	private static void write(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
