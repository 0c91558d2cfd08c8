package cn.jianwu.hall.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianwu.testsupport.JsonRequests;
import cn.jianwu.testsupport.TestStaffTokens;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hall-service's booking API as the portal, the kiosk and the console call it: each
 * public request from its own client address (the gateway's {@code X-Forwarded-For}), so
 * that the throttle counts each test's clients apart.
 */
final class BookingApi {

	static final String OFFICER = TestStaffTokens.token("office1", "钱接待员", "办公室", "HALL_OFFICER");

	static final String CASE_MANAGER = TestStaffTokens.token("casemgr", "赵案管", "案件管理部", "CASE_MANAGER");

	static final String SUPERVISOR = TestStaffTokens.token("super1", "吴监督", "办公室", "SUPERVISOR");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final AtomicInteger CLIENTS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));

	private static final AtomicInteger PEOPLE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

	private final int port;

	BookingApi(int port) {
		this.port = port;
	}

	/** A client address no other request of the run uses. */
	static String client() {
		int n = CLIENTS.incrementAndGet();
		return "10.88." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	/** A mobile number no other booking of the run uses. */
	static String phone() {
		return "139" + String.format("%08d", PEOPLE.incrementAndGet() % 100_000_000);
	}

	Response publicCall(String method, String path, String json) {
		return send(JsonRequests.of(base() + path, method, null, json).header("X-Forwarded-For", client()));
	}

	Response staff(String token, String method, String path, String json) {
		return send(JsonRequests.of(base() + path, method, token, json));
	}

	/** Defines an active service as a hall officer; its id. */
	UUID defineService(String kind, String name, int capacity, int slotMinutes) {
		String json = """
				{"kind":"%s","name":"%s","department":"控告申诉检察部","leader":"李检察长","place":"检察服务大厅2号接待室",
				 "opensAt":"09:00","closesAt":"17:00","slotMinutes":%d,"capacity":%d,"bookingDaysAhead":30,
				 "bookingClosesHoursBefore":0,"dates":[],"blackoutDates":[],"notes":"请携带身份证","active":true}
				""".formatted(kind, name, slotMinutes, capacity);
		Response created = staff(OFFICER, "POST", "/api/hall/staff/services", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.read("$.id"));
	}

	Response book(UUID serviceId, LocalDateTime start, String phone, String idLast4, boolean joinWaitlist) {
		return publicCall("POST", "/api/hall/appointments", """
				{"serviceId":"%s","slotStart":"%s","name":"张三","phone":"%s","idLast4":"%s","purpose":"反映问题",
				 "joinWaitlist":%s}
				""".formatted(serviceId, start, phone, idLast4, joinWaitlist));
	}

	Response bookAsLawyer(UUID serviceId, LocalDateTime start, String phone, String licence) {
		return publicCall("POST", "/api/hall/appointments", """
				{"serviceId":"%s","slotStart":"%s","name":"李律师","phone":"%s","idLast4":"1234","purpose":"阅卷",
				 "licenceNumber":"%s","lawFirm":"山西某律师事务所","caseNumber":"晋检刑诉受〔2026〕35010300001号",
				 "joinWaitlist":false}
				""".formatted(serviceId, start, phone, licence));
	}

	Response byCode(String action, String code, String idLast4) {
		return publicCall("POST", "/api/hall/appointments/" + action,
				"{\"bookingCode\":\"" + code + "\",\"idLast4\":\"" + idLast4 + "\"}");
	}

	/** A working day a few working days ahead, so that its slots are all to come. */
	static LocalDate aheadWorkingDay(cn.jianwu.hall.calendar.WorkingCalendar calendar, LocalDate today, int days) {
		return calendar.plusWorkingDays(today, days);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String body, String contentType) {

		<T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

	}

}
