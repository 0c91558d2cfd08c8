package cn.jianwu.portal.hall.booking;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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

import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.SignUpLookup;
import cn.jianwu.hall.api.activity.SignUpReceipt;
import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.agenda.AgendaLine;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookingLookupFailure;
import cn.jianwu.hall.api.booking.BookingReceipt;
import cn.jianwu.hall.api.booking.CheckInReceipt;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.api.booking.ServiceSlots;
import cn.jianwu.hall.api.booking.Slot;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * hall-service's public appointment, activity and agenda API as the gateway routes it to
 * the portal, played by a JDK HTTP server (the style of {@code StubHallService}): two
 * services (a visit with a named leader and a lawyers' file reading), slots on the day
 * after the asked {@code from} (09:00 free, 09:30 full, 10:00 cancelled), bookings that
 * are confirmed, pending for a lawyer or waitlisted, the uniform failure for any code but
 * the stub's, an announced open day, a check-in that is too early for one code, and a
 * day's agenda. It records what it was sent, and answers 503 to everything while
 * {@link #down} is set.
 */
final class StubBookingService implements AutoCloseable {

	static final String CODE = "730194825561";

	/** A booking whose slot is hours away: the kiosk may not check it in yet. */
	static final String EARLY_CODE = "730194825562";

	static final String SIGN_UP_CODE = "640218375590";

	static final String ID_LAST4 = "302X";

	/** A phone that already signed up for the open day. */
	static final String SIGNED_UP_PHONE = "13900000000";

	static final UUID VISIT = UUID.fromString("b0000000-0000-4000-8000-000000000001");

	static final UUID READING = UUID.fromString("b0000000-0000-4000-8000-000000000004");

	static final UUID OPEN_DAY = UUID.fromString("ac000000-0000-4000-8000-000000000001");

	static final String TOO_EARLY = "请在预约时段前1小时内签到";

	static final String FULL = "该时段已约满";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDateTime OPEN_DAY_START = LocalDateTime.of(2026, 12, 18, 9, 0);

	private final HttpServer server;

	final List<String> requests = new CopyOnWriteArrayList<>();

	final List<String> bodies = new CopyOnWriteArrayList<>();

	/** The {@code X-Forwarded-For} of each request, empty where it had none. */
	final List<String> forwardedFor = new CopyOnWriteArrayList<>();

	/** While set, every answer is a 503. */
	volatile boolean down;

	private volatile LocalDateTime booked = LocalDateTime.of(2026, 12, 8, 9, 0);

	private volatile boolean cancelled;

	private volatile boolean signUpCancelled;

	StubBookingService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The body of the last request to a path ("POST /api/..."), or null. */
	String lastBody(String request) {
		int at = this.requests.lastIndexOf(request);
		return (at >= 0) ? this.bodies.get(at) : null;
	}

	/** The {@code X-Forwarded-For} of the last request to a path. */
	String lastForwardedFor(String request) {
		int at = this.requests.lastIndexOf(request);
		return (at >= 0) ? this.forwardedFor.get(at) : null;
	}

	static BookableService service(UUID id) {
		boolean reading = id.equals(READING);
		ServiceKind kind = reading ? ServiceKind.FILE_READING : ServiceKind.CHIEF_RECEPTION;
		return new BookableService(id, kind, kind.label(), reading ? "律师阅卷" : "检察长接待日", reading ? "案件管理部" : "控告申诉检察部",
				reading ? null : "李检察长", reading ? "案件管理大厅阅卷室" : "检察服务中心检察长接待室", LocalTime.of(9, 0),
				LocalTime.of(10, 30), 30, 2, 7, 2, List.of(), List.of(), reading ? "请携带律师执业证和授权委托书。" : "请携带身份证件和相关材料。",
				true, reading);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		String query = (exchange.getRequestURI().getQuery() != null) ? exchange.getRequestURI().getQuery() : "";
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(method + " " + path + (query.isEmpty() ? "" : "?" + query));
		this.bodies.add(body);
		String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
		this.forwardedFor.add((forwarded != null) ? forwarded : "");
		if (this.down) {
			problem(exchange, 503, "unavailable", "服务不可用", null);
			return;
		}
		if ("GET".equals(method) && "/api/hall/services".equals(path)) {
			answer(exchange, 200, List.of(service(VISIT), service(READING)));
			return;
		}
		if ("GET".equals(method) && path.matches("/api/hall/services/[^/]+")) {
			UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
			if (id.equals(VISIT) || id.equals(READING)) {
				answer(exchange, 200, service(id));
			}
			else {
				problem(exchange, 404, "not-found", "该预约服务不存在", null);
			}
			return;
		}
		if ("GET".equals(method) && path.matches("/api/hall/services/[^/]+/slots")) {
			LocalDate from = LocalDate.parse(query.replaceAll(".*from=([0-9-]+).*", "$1"));
			LocalDate to = LocalDate.parse(query.replaceAll(".*to=([0-9-]+).*", "$1"));
			LocalDateTime nine = from.plusDays(1).atTime(9, 0);
			answer(exchange, 200,
					new ServiceSlots(UUID.fromString(path.split("/")[4]), from, to,
							List.of(new Slot(nine, nine.plusMinutes(30), 2, 2, 0, true, false),
									new Slot(nine.plusMinutes(30), nine.plusMinutes(60), 2, 0, 1, true, false),
									new Slot(nine.plusMinutes(60), nine.plusMinutes(90), 2, 2, 0, false, true))));
			return;
		}
		if ("POST".equals(method) && "/api/hall/appointments".equals(path)) {
			book(exchange, JSON.readTree(body));
			return;
		}
		if ("POST".equals(method) && path.startsWith("/api/hall/appointments/")) {
			byCode(exchange, path.substring(path.lastIndexOf('/') + 1), JSON.readTree(body));
			return;
		}
		if ("GET".equals(method) && "/api/public/agenda".equals(path)) {
			LocalDate date = LocalDate.parse(query.replaceAll(".*date=([0-9-]+).*", "$1"));
			LocalDateTime nine = date.atTime(9, 0);
			answer(exchange, 200, new Agenda(date, List.of(
					new AgendaLine(nine, nine.plusMinutes(30), "律师阅卷", ServiceKind.FILE_READING.label(), "案件管理大厅阅卷室"),
					new AgendaLine(nine.plusHours(1), nine.plusHours(2), "检察长接待日", ServiceKind.CHIEF_RECEPTION.label(),
							"检察服务中心检察长接待室")),
					new AgendaLine(OPEN_DAY_START, OPEN_DAY_START.plusMinutes(150), "检察开放日",
							ActivityKind.OPEN_DAY.label(), "本院办公楼")));
			return;
		}
		if ("GET".equals(method) && "/api/public/activities".equals(path)) {
			answer(exchange, 200, query.contains("upcoming=true") ? List.of(openDay()) : List.of());
			return;
		}
		if ("GET".equals(method) && path.startsWith("/api/public/activities/")) {
			if (path.endsWith(OPEN_DAY.toString())) {
				answer(exchange, 200, openDay());
			}
			else {
				problem(exchange, 404, "not-found", "该活动不存在", null);
			}
			return;
		}
		if ("POST".equals(method) && path.equals("/api/hall/activities/" + OPEN_DAY + "/sign-ups")) {
			JsonNode signUp = JSON.readTree(body);
			if (SIGNED_UP_PHONE.equals(signUp.path("phone").asString())) {
				problem(exchange, 409, "hall-sign-up-duplicate", "该电话号码已报名本活动", null);
				return;
			}
			answer(exchange, 201, new SignUpReceipt(SIGN_UP_CODE, AppointmentState.CONFIRMED,
					AppointmentState.CONFIRMED.label(), "检察开放日：走进检察院", "本院办公楼", OPEN_DAY_START, 0));
			return;
		}
		if ("POST".equals(method) && path.startsWith("/api/hall/activities/sign-ups/")) {
			JsonNode code = JSON.readTree(body);
			if (!SIGN_UP_CODE.equals(code.path("bookingCode").asString())
					|| !ID_LAST4.equals(code.path("idLast4").asString())) {
				problem(exchange, 404, BookingLookupFailure.TYPE_SLUG, BookingLookupFailure.detail(5, 30), null);
				return;
			}
			if (path.endsWith("/cancel")) {
				this.signUpCancelled = true;
			}
			AppointmentState state = this.signUpCancelled ? AppointmentState.CANCELLED : AppointmentState.CONFIRMED;
			answer(exchange, 200, new SignUpLookup(OPEN_DAY, state, state.label(), "检察开放日：走进检察院", "本院办公楼",
					OPEN_DAY_START, 0, !this.signUpCancelled));
			return;
		}
		problem(exchange, 404, "not-found", "不存在", null);
	}

	private void book(HttpExchange exchange, JsonNode booking) throws IOException {
		String phone = booking.path("phone").asString("");
		if (!phone.matches(cn.jianwu.hall.api.booking.AppointmentRequest.PHONE_PATTERN)) {
			problem(exchange, 400, "validation", "请填写正确的电话号码（手机号或带区号的固定电话）", "phone");
			return;
		}
		UUID service = UUID.fromString(booking.path("serviceId").asString());
		LocalDateTime start = LocalDateTime.parse(booking.path("slotStart").asString());
		boolean full = start.toLocalTime().equals(LocalTime.of(9, 30));
		if (full && !booking.path("joinWaitlist").asBoolean()) {
			problem(exchange, 409, "hall-slot-full", FULL, null);
			return;
		}
		AppointmentState state = full ? AppointmentState.WAITLISTED
				: service.equals(READING) ? AppointmentState.PENDING_CONFIRMATION : AppointmentState.CONFIRMED;
		BookableService booked = service(service);
		this.booked = start;
		this.cancelled = false;
		answer(exchange, 201, new BookingReceipt(CODE, state, state.label(), booked.name(), booked.kind(),
				booked.place(), start, start.plusMinutes(30), full ? 2 : 0, booked.notes()));
	}

	private void byCode(HttpExchange exchange, String action, JsonNode code) throws IOException {
		String bookingCode = code.path("bookingCode").asString();
		boolean early = EARLY_CODE.equals(bookingCode);
		if (!(CODE.equals(bookingCode) || early) || !ID_LAST4.equals(code.path("idLast4").asString())) {
			problem(exchange, 404, BookingLookupFailure.TYPE_SLUG, BookingLookupFailure.detail(5, 30), null);
			return;
		}
		BookableService service = service(VISIT);
		switch (action) {
			case "check-in" -> {
				if (early) {
					problem(exchange, 409, "hall-check-in-not-open", TOO_EARLY, null);
				}
				else {
					answer(exchange, 200, new CheckInReceipt(service.name(), service.place(), this.booked,
							Instant.parse("2026-12-08T00:45:00Z")));
				}
			}
			case "calendar" -> {
				exchange.getResponseHeaders().set("Content-Type", "text/calendar;charset=UTF-8");
				write(exchange, 200, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:" + service.name()
						+ "\r\nLOCATION:" + service.place() + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
			}
			case "lookup", "cancel" -> {
				if ("cancel".equals(action)) {
					this.cancelled = true;
				}
				AppointmentState state = this.cancelled ? AppointmentState.CANCELLED : AppointmentState.CONFIRMED;
				answer(exchange, 200,
						new AppointmentLookup(state, state.label(), service.name(), service.kind(), service.place(),
								this.booked, this.booked.plusMinutes(30), 0, null, null, !this.cancelled,
								service.notes()));
			}
			default -> problem(exchange, 404, "not-found", "不存在", null);
		}
	}

	private static ActivityView openDay() {
		return new ActivityView(OPEN_DAY, "检察开放日：走进检察院", ActivityKind.OPEN_DAY, ActivityKind.OPEN_DAY.label(),
				"参观检察服务中心和案件管理大厅。\n\n与检察官座谈<b>交流</b>。", "办公室", OPEN_DAY_START, OPEN_DAY_START.plusMinutes(150), "本院办公楼",
				30, 12, 0, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 15, 17, 0), true,
				Audience.PUBLIC, ActivityState.ANNOUNCED, ActivityState.ANNOUNCED.label(),
				UUID.fromString("3f2c1d9e-4444-4222-8333-444455556666"), null);
	}

	private static void answer(HttpExchange exchange, int status, Object value) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		write(exchange, status, JSON.writeValueAsString(value));
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
			problem.put("errors", List.of(Map.of("field", field, "message", detail)));
		}
		write(exchange, status, JSON.writeValueAsString(problem));
	}

	private static void write(HttpExchange exchange, int status, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
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
