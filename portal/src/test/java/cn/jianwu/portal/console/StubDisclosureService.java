package cn.jianwu.portal.console;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.disclosure.api.ApiExamples;
import cn.jianwu.disclosure.api.identity.LoginAlertView;
import cn.jianwu.portal.publication.StubPublicRecord;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * disclosure-service's staff API as the console sees it, played by a JDK HTTP server: one
 * demo clerk (and the hall's officer {@code office1}), one draft item, a redaction
 * preview that finds a listed name and an ID number, a witness nobody listed (李秀英) and a
 * child's age (15岁). It records what it was sent, so that a test can tell what the
 * console did. The public reading API ({@code /api/public/**}) is
 * {@link StubPublicRecord}'s.
 */
final class StubDisclosureService implements AutoCloseable {

	static final String TOKEN = "stub-token-clerk1";

	static final String ITEM_ID = "0b4a6b36-7f53-4a8a-9d7e-5b2f7c1d2e3f";

	static final String ID_NUMBER = "14010519850312457X";

	static final String TITLE = "王建国涉嫌盗窃案不起诉决定书";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The public reading API, for the site's pages on the same context. */
	static final StubPublicRecord PUBLIC_RECORD = new StubPublicRecord();

	private final HttpServer server;

	final List<String> requests = new CopyOnWriteArrayList<>();

	final List<String> bodies = new CopyOnWriteArrayList<>();

	/** The {@code X-Forwarded-For} of each login, empty where it had none. */
	final List<String> loginsForwardedFor = new CopyOnWriteArrayList<>();

	/** The {@code Idempotency-Key} of each request, empty where it had none. */
	final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();

	private volatile String itemStatus = "DRAFT";

	/**
	 * Whether the item is on the channels (published, revision 1): an edit of it is a
	 * revision, which needs a revision note.
	 */
	volatile boolean live;

	StubDisclosureService() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (path.startsWith("/api/public/")) {
			// the site's reads, kept out of the staff calls recorded below
			PUBLIC_RECORD.handle(exchange);
			return;
		}
		this.requests.add(method + " " + path);
		this.bodies.add(body);
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		this.idempotencyKeys.add((key != null) ? key : "");
		if ("POST".equals(method) && "/api/auth/token".equals(path)) {
			String forwardedFor = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
			this.loginsForwardedFor.add((forwardedFor != null) ? forwardedFor : "");
			if (body.contains("\"hammered\"")) {
				// a browser whose address failed too often
				exchange.getResponseHeaders().set("Retry-After", "7");
				problem(exchange, 429, "login-throttled", "登录失败次数过多，请 7 秒后再试。");
			}
			else if (body.contains("\"demo-clerk1\"") && body.contains("\"clerk1\"")) {
				ObjectNode token = example(ApiExamples.TOKEN);
				token.put("access_token", TOKEN);
				answer(exchange, 200, token.toString());
			}
			else if (body.contains("\"demo-office1\"") && body.contains("\"office1\"")) {
				// the hall's officer, who also confirms lawyers' bookings (same token:
				// one
				// stub session)
				ObjectNode token = example(ApiExamples.TOKEN);
				token.put("access_token", TOKEN)
					.put("username", "office1")
					.put("name", "王分办员")
					.put("department", "办公室");
				token.putArray("roles").add("HALL_OFFICER").add("CASE_MANAGER");
				token.putArray("capabilities");
				answer(exchange, 200, token.toString());
			}
			else if (body.contains("\"demo-admin1\"") && body.contains("\"admin1\"")) {
				// an administrator, who edits the obligations register (same token)
				ObjectNode token = example(ApiExamples.TOKEN);
				token.put("access_token", TOKEN).put("username", "admin1").put("name", "周管理员").put("department", "办公室");
				token.putArray("roles").add("ADMIN");
				token.putArray("capabilities");
				answer(exchange, 200, token.toString());
			}
			else {
				problem(exchange, 401, "invalid-credentials", "用户名或密码错误");
			}
			return;
		}
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (!("Bearer " + TOKEN).equals(authorization)) {
			problem(exchange, 401, "unauthorized", "需要登录");
			return;
		}
		if ("GET".equals(method) && LoginAlertView.PATH.equals(path)) {
			answer(exchange, 200,
					"[{\"username\":\"chief\",\"at\":\"2026-12-08T01:00:00Z\",\"failures\":5,\"client\":\"203.0.113.*\"}]");
			return;
		}
		if ("GET".equals(method) && ("/api/disclosures/mine".equals(path) || "/api/disclosures".equals(path))) {
			ObjectNode page = example(ApiExamples.ITEM_PAGE);
			ObjectNode line = (ObjectNode) page.get("items").get(0);
			line.put("id", ITEM_ID).put("status", this.itemStatus).put("title", TITLE).put("important", true);
			answer(exchange, 200, page.toString());
			return;
		}
		if ("POST".equals(method) && "/api/redaction/preview".equals(path)) {
			answer(exchange, 200, preview(body));
			return;
		}
		if ("POST".equals(method) && "/api/disclosures".equals(path)) {
			if (!body.contains("\"title\":\"")) {
				exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
				byte[] bytes = """
						{"type":"https://jianwu.cn/problems/validation","title":"请求内容有误","status":400,
						 "detail":"请填写标题。","errors":[{"field":"title","message":"请填写标题"}]}"""
					.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(400, bytes.length);
				write(exchange, bytes);
				return;
			}
			answer(exchange, 201, item());
			return;
		}
		if ("PUT".equals(method) && path.equals("/api/disclosures/" + ITEM_ID)) {
			// As disclosure-service's rules for a revision: a public note, without
			// identifiers.
			if (this.live && !body.contains("\"revisionNote\":\"")) {
				fieldProblem(exchange, 400, "validation", "revisionNote", "修改已公开的事项时请填写修订说明（将向公众公开）。");
				return;
			}
			if (body.contains(ID_NUMBER)) {
				fieldProblem(exchange, 422, "unredacted-identifier", "revisionNote",
						"修订说明将向公众公开，不能含有个人信息（身份证号码），请修改后再提交。");
				return;
			}
			answer(exchange, 200, item());
			return;
		}
		if ("POST".equals(method) && path.equals("/api/disclosures/" + ITEM_ID + "/submit")) {
			this.itemStatus = "PENDING_REVIEW";
			answer(exchange, 200, item());
			return;
		}
		if ("GET".equals(method) && path.equals("/api/disclosures/" + ITEM_ID)) {
			answer(exchange, 200, item());
			return;
		}
		problem(exchange, 404, "not-found", "不存在");
	}

	/**
	 * The draft, built on disclosure-api's example of a staff item so that it has the
	 * contract's shape: its clerk may edit and submit it while it is a draft, and nothing
	 * once it is submitted.
	 */
	private String item() {
		ObjectNode item = example(ApiExamples.STAFF_ITEM);
		item.put("id", ITEM_ID)
			.put("status", this.itemStatus)
			.put("title", TITLE)
			.put("summary", "本院依法作出不起诉决定。")
			.put("body", "<p>被不起诉人王建国，公民身份号码" + ID_NUMBER + "。</p>")
			.put("important", true)
			.put("version", 1);
		if (this.live) {
			item.put("status", "PUBLISHED").put("revision", 1).put("publishedRevision", 1);
		}
		else {
			item.putNull("publishedRevision");
		}
		item.putArray("persons").add("王建国");
		item.putArray("clearedNames");
		item.putArray("deliveries");
		ArrayNode history = item.putArray("history");
		history.add(example(ApiExamples.STAFF_ITEM).get("history").get(0));
		ObjectNode attachment = (ObjectNode) item.get("attachments").get(0);
		attachment.put("itemId", ITEM_ID).put("fileName", "扫描件.pdf").putNull("manualCheck");
		ArrayNode allowed = item.putArray("allowedActions");
		if ("DRAFT".equals(this.itemStatus)) {
			allowed.add("EDIT").add("SUBMIT");
		}
		if (this.live) {
			// as a division leader would see it (one stub session)
			allowed.add("EDIT").add("WITHDRAW");
		}
		return item.toString();
	}

	private static ObjectNode example(ApiExamples example) {
		return (ObjectNode) JSON.readTree(example.json());
	}

	/** Finds 王建国 (if listed) and the ID number, as the real scanner would. */
	private static String preview(String request) {
		Matcher text = Pattern.compile("\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(request);
		String original = text.find() ? text.group(1).replace("\\n", "\n").replace("\\u2029", "\u2029") : "";
		StringBuilder redactions = new StringBuilder();
		if (request.contains("\"persons\":[\"王建国\"")) {
			int at = original.indexOf("王建国");
			while (at >= 0) {
				append(redactions, "PERSON_NAME", "王建国", "王某", at, "被不起诉人姓名以“姓+某”代替");
				at = original.indexOf("王建国", at + 3);
			}
		}
		int id = original.indexOf(ID_NUMBER);
		if (id >= 0) {
			append(redactions, "ID_NUMBER", ID_NUMBER, "×".repeat(18), id, "公民身份号码应当删除");
		}
		// A witness nobody listed or cleared, and a child's age, as the real gate reports
		// them.
		String unlisted = (original.contains("李秀英") && !request.contains("\"李秀英\""))
				? "{\"name\":\"李秀英\",\"firstStart\":%d,\"occurrences\":1}".formatted(original.indexOf("李秀英")) : "";
		int age = original.indexOf("15岁");
		String hints = (age >= 0)
				? "{\"kind\":\"STATED_AGE\",\"label\":\"年龄不满十八周岁\",\"start\":%d,\"end\":%d,\"reason\":\"所述年龄未满十八周岁\"}"
					.formatted(age, age + 3)
				: "";
		return "{\"text\":\"\",\"redactions\":[" + redactions + "],\"unlistedNames\":[" + unlisted
				+ "],\"minorHints\":[" + hints + "]}";
	}

	private static void append(StringBuilder redactions, String kind, String original, String replacement, int start,
			String reason) {
		if (redactions.length() > 0) {
			redactions.append(',');
		}
		redactions.append(
				"{\"kind\":\"%s\",\"original\":\"%s\",\"replacement\":\"%s\",\"start\":%d,\"end\":%d,\"reason\":\"%s\"}"
					.formatted(kind, original, replacement, start, start + original.length(), reason));
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		write(exchange, bytes);
	}

	private static void problem(HttpExchange exchange, int status, String kind, String detail) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		byte[] bytes = ("{\"type\":\"https://jianwu.cn/problems/" + kind + "\",\"title\":\"" + detail + "\",\"status\":"
				+ status + ",\"detail\":\"" + detail + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		write(exchange, bytes);
	}

	private static void fieldProblem(HttpExchange exchange, int status, String kind, String field, String detail)
			throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		byte[] bytes = ("{\"type\":\"https://jianwu.cn/problems/" + kind + "\",\"title\":\"请求内容有误\",\"status\":"
				+ status + ",\"detail\":\"" + detail + "\",\"field\":\"" + field + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		write(exchange, bytes);
	}

	private static void write(HttpExchange exchange, byte[] bytes) throws IOException {
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
