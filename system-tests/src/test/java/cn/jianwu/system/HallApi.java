package cn.jianwu.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceDay;
import cn.jianwu.hall.api.booking.ServiceSlots;
import cn.jianwu.hall.api.calendar.CalendarYear;
import cn.jianwu.hall.api.call.CallRequest;
import cn.jianwu.hall.api.call.CallResultsRequest;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.api.handling.MessageSummary;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.message.LookupRequest;
import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.testsupport.JsonRequests;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hall-service through the gateway, read and written as hall-api's records: the public's
 * submissions, lookups and open calls, and the staff's handling of messages and calls (a
 * demo account's token from {@link StaffApi}).
 */
final class HallApi {

	/** hall-api's JSON; fields a newer service adds are ignored, as consumers do. */
	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String gateway;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	HallApi(String gateway) {
		this.gateway = gateway;
	}

	// ---- the public

	/** A submission that must be taken ({@code 201}). */
	SubmissionReceipt submit(MessageSubmission submission) {
		HttpResponse<String> answer = send("POST", "/api/hall/messages", null, submission);
		assertThat(answer.statusCode()).as("POST /api/hall/messages: " + answer.body()).isEqualTo(201);
		return JSON.readValue(answer.body(), SubmissionReceipt.class);
	}

	/** The writer's lookup with the receipt's codes, which must succeed. */
	MessageLookup lookup(SubmissionReceipt receipt) {
		return lookup(receipt.trackingCode(), receipt.checkCode());
	}

	MessageLookup lookup(String trackingCode, String checkCode) {
		HttpResponse<String> answer = send("POST", "/api/hall/messages/lookup", null,
				new LookupRequest(trackingCode, checkCode));
		assertThat(answer.statusCode()).as("lookup: " + answer.body()).isEqualTo(200);
		return JSON.readValue(answer.body(), MessageLookup.class);
	}

	/** The calls the public sees now. */
	List<CallView> publicCalls() {
		return JSON.readValue(ok("GET", "/api/public/calls", null, null), new TypeReference<List<CallView>>() {
		});
	}

	// ---- staff

	/** A staff list ({@code query} without the {@code ?}, e.g. {@code size=100}). */
	MessagePage messages(String token, String query) {
		return JSON.readValue(ok("GET", "/api/hall/staff/messages?" + query, token, null), MessagePage.class);
	}

	/** The one message of the caller's default list whose subject contains the text. */
	MessageSummary inboxEntry(String token, String subjectPart) {
		List<MessageSummary> found = messages(token, "size=100").items()
			.stream()
			.filter((line) -> line.subject().contains(subjectPart))
			.toList();
		assertThat(found).as("the caller's list holds the message '" + subjectPart + "'").hasSize(1);
		return found.get(0);
	}

	StaffMessage message(String token, UUID id) {
		return JSON.readValue(ok("GET", "/api/hall/staff/messages/" + id, token, null), StaffMessage.class);
	}

	/**
	 * A handling step that must be taken, e.g. {@code assign}, {@code acknowledge},
	 * {@code answer}, {@code submit}, {@code approve}.
	 * @param body the request record, or {@code null}
	 */
	StaffMessage step(String token, UUID id, String step, Object body) {
		return JSON.readValue(ok("POST", "/api/hall/staff/messages/" + id + "/" + step, token, body),
				StaffMessage.class);
	}

	CallView openCall(String token, CallRequest request) {
		HttpResponse<String> answer = send("POST", "/api/hall/staff/calls", token, request);
		assertThat(answer.statusCode()).as("POST /api/hall/staff/calls: " + answer.body()).isEqualTo(201);
		return JSON.readValue(answer.body(), CallView.class);
	}

	CallView staffCall(String token, UUID id) {
		return JSON.readValue(ok("GET", "/api/hall/staff/calls/" + id, token, null), CallView.class);
	}

	CallView publishResults(String token, UUID id, CallResultsRequest request) {
		return JSON.readValue(ok("POST", "/api/hall/staff/calls/" + id + "/results", token, request), CallView.class);
	}

	// ---- appointments

	/** The slots the public sees between two days. */
	ServiceSlots slots(UUID serviceId, LocalDate from, LocalDate to) {
		return JSON.readValue(
				ok("GET", "/api/hall/services/" + serviceId + "/slots?from=" + from + "&to=" + to, null, null),
				ServiceSlots.class);
	}

	BookableService defineService(String token, BookableServiceRequest request) {
		HttpResponse<String> answer = send("POST", "/api/hall/staff/services", token, request);
		assertThat(answer.statusCode()).as("POST /api/hall/staff/services: " + answer.body()).isEqualTo(201);
		return JSON.readValue(answer.body(), BookableService.class);
	}

	ServiceDay day(String token, UUID serviceId, LocalDate date) {
		return JSON.readValue(ok("GET", "/api/hall/staff/services/" + serviceId + "/day?date=" + date, token, null),
				ServiceDay.class);
	}

	CalendarYear calendar(String token, int year) {
		return JSON.readValue(ok("GET", "/api/hall/staff/calendar/" + year, token, null), CalendarYear.class);
	}

	void replaceCalendar(String token, CalendarYear year) {
		ok("PUT", "/api/hall/staff/calendar/" + year.year(), token, year);
	}

	// ---- HTTP

	/** Any request; the answer as it came. */
	HttpResponse<String> send(String method, String path, String token, Object body) {
		HttpRequest request = JsonRequests
			.of(this.gateway + path, method, token, (body != null) ? JSON.writeValueAsString(body) : null)
			.header("Accept", "application/json, application/problem+json")
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError(method + " " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String ok(String method, String path, String token, Object body) {
		HttpResponse<String> answer = send(method, path, token, body);
		assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isBetween(200, 299);
		return answer.body();
	}

}
