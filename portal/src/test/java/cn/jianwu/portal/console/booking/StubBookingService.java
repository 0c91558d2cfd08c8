package cn.jianwu.portal.console.booking;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.api.activity.Attendee;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.ServiceDay;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.api.booking.Slot;
import cn.jianwu.hall.api.booking.SlotChangeResult;
import cn.jianwu.hall.api.booking.StaffAppointment;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * hall-service's staff API for appointments and activities as the console sees it, played
 * by a JDK HTTP server: two services (a reception and lawyers' file reading), a day with
 * a confirmed visitor and a lawyer waiting for confirmation, two activities (one
 * announced, one held) with their sign-ups and attendance sheet. Staff calls must carry
 * the given token. Every other path goes on to {@code rest} (the stub of the hall's
 * messages), so that one hall address serves the whole console. It records what it was
 * sent, with the {@code Authorization} and {@code Accept} headers.
 */
public final class StubBookingService implements AutoCloseable {

	public static final UUID VISIT = UUID.fromString("b0000000-0000-4000-8000-000000000001");

	public static final UUID FILE_READING = UUID.fromString("b0000000-0000-4000-8000-000000000002");

	public static final UUID VISITOR = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	public static final UUID LAWYER = UUID.fromString("a0000000-0000-4000-8000-000000000002");

	public static final UUID OPEN_DAY = UUID.fromString("ac000000-0000-4000-8000-000000000001");

	public static final UUID HELD_FORUM = UUID.fromString("ac000000-0000-4000-8000-000000000002");

	public static final UUID ATTENDEE = UUID.fromString("a7000000-0000-4000-8000-000000000001");

	public static final String OPINION_TRACKING_CODE = "202600000077";

	/** A name someone typed to see whether the pages render markup. */
	public static final String HOSTILE_NAME = "<b>王</b>建国";

	public static final LocalDate DAY = LocalDate.of(2026, 12, 8);

	/** The attendance sheet: UTF-8 with a byte order mark, as hall-service sends it. */
	public static final String CSV = "\uFEFF姓名,电话,身份证后四位,状态,签到时间\r\n王代表,13800138000,1234,已确认,\r\n";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final String token;

	private final String rest;

	private final HttpClient forward = HttpClient.newHttpClient();

	public final List<String> requests = new CopyOnWriteArrayList<>();

	public final List<String> bodies = new CopyOnWriteArrayList<>();

	public final List<String> authorizations = new CopyOnWriteArrayList<>();

	public final List<String> accepts = new CopyOnWriteArrayList<>();

	/**
	 * @param token the bearer token staff calls must carry
	 * @param rest where every other request goes
	 */
	public StubBookingService(String token, String rest) {
		this.token = token;
		this.rest = rest;
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

	/** The body of the last request ("POST /api/..."), or null. */
	public String lastBody(String request) {
		int at = this.requests.lastIndexOf(request);
		return (at >= 0) ? this.bodies.get(at) : null;
	}

	/**
	 * The {@code Authorization} header of the last request ("POST /api/..."), or null.
	 */
	public String lastAuthorization(String request) {
		int at = this.requests.lastIndexOf(request);
		return (at >= 0) ? this.authorizations.get(at) : null;
	}

	public long count(String request) {
		return this.requests.stream().filter(request::equals).count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		if (!mine(path)) {
			forward(exchange);
			return;
		}
		String query = (exchange.getRequestURI().getQuery() != null) ? exchange.getRequestURI().getQuery() : "";
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String accept = exchange.getRequestHeaders().getFirst("Accept");
		this.requests.add(method + " " + path + (path.endsWith("/day") ? "?" + query : ""));
		this.bodies.add(body);
		this.authorizations.add((authorization != null) ? authorization : "");
		this.accepts.add((accept != null) ? accept : "");
		if (!("Bearer " + this.token).equals(authorization)) {
			problem(exchange, 401, "unauthorized", "需要登录", null);
			return;
		}
		if (path.startsWith("/api/hall/staff/activities")) {
			activities(exchange, method, path, body, accept);
		}
		else {
			appointments(exchange, method, path, query, body);
		}
	}

	private static boolean mine(String path) {
		return path.startsWith("/api/hall/staff/services") || path.startsWith("/api/hall/staff/appointments")
				|| path.startsWith("/api/hall/staff/activities");
	}

	private void appointments(HttpExchange exchange, String method, String path, String query, String body)
			throws IOException {
		String services = "/api/hall/staff/services";
		if ("GET".equals(method) && services.equals(path)) {
			answer(exchange, 200, List.of(service(VISIT), service(FILE_READING)));
			return;
		}
		if (("POST".equals(method) && services.equals(path)) || ("PUT".equals(method) && path.startsWith(services))) {
			JsonNode sent = JSON.readTree(body);
			if (sent.path("name").isNull() || sent.path("name").asString().isBlank()) {
				problem(exchange, 400, "validation", "请填写服务名称。", "name");
				return;
			}
			answer(exchange, "POST".equals(method) ? 201 : 200, service(VISIT));
			return;
		}
		if ("GET".equals(method) && path.endsWith("/day")) {
			LocalDate date = LocalDate.parse(query.replaceAll(".*date=([0-9-]+).*", "$1"));
			answer(exchange, 200, day(path.contains(FILE_READING.toString()) ? FILE_READING : VISIT, date));
			return;
		}
		if ("GET".equals(method) && path.startsWith(services + "/")) {
			answer(exchange, 200, service(UUID.fromString(path.substring(path.lastIndexOf('/') + 1))));
			return;
		}
		if ("POST".equals(method) && path.endsWith("/slots/move")) {
			if (body.contains("\"newStart\":\"2026-12-08T09:30")) {
				problem(exchange, 409, "slot-full", "调整后的时段名额不足，请另选时段。", null);
				return;
			}
			answer(exchange, 200, new SlotChangeResult(2, 1));
			return;
		}
		if ("POST".equals(method) && path.endsWith("/slots/cancel")) {
			answer(exchange, 200, new SlotChangeResult(2, 2));
			return;
		}
		if ("GET".equals(method) && "/api/hall/staff/appointments".equals(path)) {
			answer(exchange, 200, "state=PENDING_CONFIRMATION".equals(query) ? List.of(lawyer(DAY)) : List.of());
			return;
		}
		if ("POST".equals(method) && path.startsWith("/api/hall/staff/appointments/")) {
			if (path.endsWith("/refuse") && !body.contains("\"reason\":\"")) {
				problem(exchange, 400, "validation", "请填写原因。", "reason");
				return;
			}
			answer(exchange, 200, lawyer(DAY));
			return;
		}
		problem(exchange, 404, "not-found", "不存在", null);
	}

	private void activities(HttpExchange exchange, String method, String path, String body, String accept)
			throws IOException {
		String activities = "/api/hall/staff/activities";
		if ("GET".equals(method) && activities.equals(path)) {
			answer(exchange, 200, List.of(activity(OPEN_DAY), activity(HELD_FORUM)));
			return;
		}
		if ("POST".equals(method) && activities.equals(path)) {
			answer(exchange, 201, activity(OPEN_DAY));
			return;
		}
		if ("GET".equals(method) && path.endsWith("/sign-ups")) {
			answer(exchange, 200,
					List.of(new Attendee(ATTENDEE, "王代表", "13800138000", "1234", "某区人大常委会", InviteeRole.NPC_DEPUTY,
							AppointmentState.CONFIRMED, AppointmentState.CONFIRMED.label(), 0, SubmissionChannel.WEB,
							Instant.parse("2026-12-01T02:00:00Z"), null)));
			return;
		}
		if ("GET".equals(method) && path.endsWith("/attendance.csv")) {
			if (accept == null || !accept.contains("text/csv")) {
				problem(exchange, 406, "not-acceptable", "不可接受的格式", null);
				return;
			}
			byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/csv;charset=UTF-8");
			exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"attendance.csv\"");
			write(exchange, 200, bytes);
			return;
		}
		if ("GET".equals(method) && path.startsWith(activities + "/")) {
			answer(exchange, 200, activity(UUID.fromString(path.substring(path.lastIndexOf('/') + 1))));
			return;
		}
		if ("POST".equals(method) && path.endsWith("/opinions")) {
			Map<String, Object> created = new LinkedHashMap<>();
			created.put("trackingCode", OPINION_TRACKING_CODE);
			created.put("checkCode", "654321");
			created.put("kind", "SUGGESTION");
			created.put("receivedAt", "2026-12-07T06:00:00Z");
			created.put("acknowledgeBy", "2026-12-16");
			created.put("answerBy", "2027-03-08");
			answer(exchange, 201, created);
			return;
		}
		if ("POST".equals(method) && path.endsWith("/report") && !body.contains("\"summary\":\"")) {
			problem(exchange, 400, "validation", "请填写活动报道。", "summary");
			return;
		}
		if ("POST".equals(method)) {
			answer(exchange, 200, activity(HELD_FORUM));
			return;
		}
		problem(exchange, 404, "not-found", "不存在", null);
	}

	static BookableService service(UUID id) {
		boolean lawyers = id.equals(FILE_READING);
		ServiceKind kind = lawyers ? ServiceKind.FILE_READING : ServiceKind.VISIT;
		return new BookableService(id, kind, kind.label(), lawyers ? "律师阅卷" : "控告申诉来访接待", lawyers ? "案件管理部" : "控告申诉检察部",
				null, lawyers ? "阅卷室" : "检察服务大厅1号接待室", LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 2, 14, 24,
				List.of(), List.of(LocalDate.of(2026, 12, 31)), "请携带身份证。", true, lawyers);
	}

	private static ServiceDay day(UUID service, LocalDate date) {
		LocalDateTime nine = date.atTime(9, 0);
		StaffAppointment visitor = new StaffAppointment(VISITOR, service, nine, AppointmentState.CONFIRMED,
				AppointmentState.CONFIRMED.label(), HOSTILE_NAME, "13800138000", "123X", "反映邻里纠纷处理情况", null, null, null,
				null, 0, SubmissionChannel.WECHAT, Instant.parse("2026-12-01T02:00:00Z"), null, null);
		return new ServiceDay(service(service), date, List.of(
				new ServiceDay.SlotBookings(new Slot(nine, nine.plusMinutes(30), 2, 0, 0, false, false),
						List.of(visitor, lawyer(date))),
				new ServiceDay.SlotBookings(new Slot(nine.plusMinutes(30), nine.plusMinutes(60), 2, 2, 0, true, false),
						List.of())));
	}

	private static StaffAppointment lawyer(LocalDate date) {
		return new StaffAppointment(LAWYER, FILE_READING, date.atTime(9, 0), AppointmentState.PENDING_CONFIRMATION,
				AppointmentState.PENDING_CONFIRMATION.label(), "李律师", "13900139000", "4321", "阅卷", "11101201010000001",
				"某某律师事务所", "某检刑诉〔2026〕12号", "未能确认律师与案件的关系", 0, SubmissionChannel.WEB,
				Instant.parse("2026-12-01T03:00:00Z"), null, null);
	}

	private static ActivityView activity(UUID id) {
		boolean held = id.equals(HELD_FORUM);
		ActivityKind kind = held ? ActivityKind.FORUM : ActivityKind.OPEN_DAY;
		ActivityState state = held ? ActivityState.HELD : ActivityState.ANNOUNCED;
		LocalDateTime starts = held ? LocalDateTime.of(2026, 12, 1, 9, 0) : LocalDateTime.of(2026, 12, 18, 9, 0);
		return new ActivityView(id, held ? "律师座谈会" : "检察开放日", kind, kind.label(), "活动介绍<i>。", "办公室", starts,
				starts.plusHours(2), "检察服务大厅", 30, 1, 0, starts.minusDays(10), starts.minusDays(1), !held,
				held ? Audience.INVITED : Audience.PUBLIC, state, state.label(),
				UUID.fromString("3f2c1d9e-4444-4222-8333-444455556666"), null);
	}

	private void forward(HttpExchange exchange) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.rest + exchange.getRequestURI()))
			.method(exchange.getRequestMethod(),
					HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
		for (String header : List.of("Authorization", "Content-Type", "Accept", "X-Forwarded-For")) {
			String value = exchange.getRequestHeaders().getFirst(header);
			if (value != null) {
				request.header(header, value);
			}
		}
		try {
			HttpResponse<byte[]> answer = this.forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			answer.headers()
				.firstValue("Content-Type")
				.ifPresent((type) -> exchange.getResponseHeaders().set("Content-Type", type));
			write(exchange, answer.statusCode(), answer.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static void answer(HttpExchange exchange, int status, Object value) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		write(exchange, status, JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
	}

	private static void problem(HttpExchange exchange, int status, String kind, String detail, String field)
			throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://jianwu.cn/problems/" + kind);
		problem.put("title", "请求未被受理");
		problem.put("status", status);
		problem.put("detail", detail);
		if (field != null) {
			problem.put("errors", List.of(Map.of("field", field, "message", detail.replace("。", ""))));
		}
		write(exchange, status, JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
	}

	private static void write(HttpExchange exchange, int status, byte[] bytes) throws IOException {
		if (bytes.length == 0) {
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
			return;
		}
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
