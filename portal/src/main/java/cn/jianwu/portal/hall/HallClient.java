package cn.jianwu.portal.hall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.api.message.LookupFailure;
import cn.jianwu.hall.api.message.LookupRequest;
import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.publication.MessageStatistics;
import cn.jianwu.hall.api.publication.PublicMessagePage;
import cn.jianwu.portal.site.BackendClients;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.ForwardedFor;
import cn.jianwu.portal.site.PortalProperties;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * hall-service's public API as the portal and the kiosk call it, from the server: a
 * message sent ({@code POST /api/hall/messages}), looked up ({@code .../lookup}), the
 * published answers and figures ({@code /api/public/messages/**}) and the open calls
 * ({@code /api/public/calls/**}). The reader's address goes along for the service's
 * throttle. Codes and texts are never logged.
 */
@Component
public class HallClient {

	private static final Logger log = LoggerFactory.getLogger(HallClient.class);

	private static final String SERVICE = "hall-service";

	/** Said when the service refused for a reason it did not explain. */
	static final String REFUSED = "留言未能提交，请检查填写的内容后重试。";

	static final String THROTTLED = "提交过于频繁，请稍后再试。";

	static final String UNAVAILABLE = "网上检察服务大厅暂时不可用，留言未能提交，请稍后再试。您也可以拨打检察服务热线反映。";

	private final RestClient client;

	HallClient(BackendClients clients, PortalProperties properties) {
		this.client = clients.forService(properties.hallUrl());
	}

	/**
	 * Sends a message; a refusal comes back with the service's Chinese explanation by
	 * field.
	 */
	public SubmissionOutcome submit(MessageSubmission submission, HttpServletRequest request) {
		SubmissionOutcome outcome;
		try {
			outcome = this.client.post()
				.uri("/api/hall/messages")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.headers((headers) -> ForwardedFor.reader(headers, request))
				.body(submission)
				.exchange((sent, answer) -> {
					int status = answer.getStatusCode().value();
					if (answer.getStatusCode().is2xxSuccessful()) {
						SubmissionReceipt receipt = answer.bodyTo(SubmissionReceipt.class);
						return (receipt != null) ? SubmissionOutcome.received(receipt) : unavailable();
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return SubmissionOutcome.refused(status, Map.of("general", THROTTLED));
					}
					if (answer.getStatusCode().is4xxClientError()) {
						return SubmissionOutcome.refused(status, errors(problem(answer)));
					}
					return unavailable();
				});
		}
		catch (RestClientException ex) {
			log.warn("Message ({}) could not reach hall-service: {}", submission.channelOrWeb(), ex.getMessage());
			outcome = unavailable();
		}
		log.info("Message ({}, {}) ended {}", submission.kind(), submission.channelOrWeb(), outcome.status());
		return outcome;
	}

	/** A writer's lookup; every failure of the pair reads the same. */
	public LookupOutcome lookup(LookupRequest lookup, HttpServletRequest request) {
		LookupOutcome outcome;
		try {
			outcome = this.client.post()
				.uri("/api/hall/messages/lookup")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.headers((headers) -> ForwardedFor.reader(headers, request))
				.body(lookup)
				.exchange((sent, answer) -> {
					int status = answer.getStatusCode().value();
					if (answer.getStatusCode().is2xxSuccessful()) {
						MessageLookup found = answer.bodyTo(MessageLookup.class);
						return (found != null) ? new LookupOutcome(found, 200, null)
								: new LookupOutcome(null, 503, LookupOutcome.UNAVAILABLE);
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return new LookupOutcome(null, status, "查询过于频繁，请稍后再试。");
					}
					if (answer.getStatusCode().is4xxClientError()) {
						Map<String, Object> problem = problem(answer);
						String type = text(problem.get("type"));
						boolean uniform = type != null && type.endsWith(LookupFailure.TYPE_SLUG)
								&& text(problem.get("detail")) != null;
						return new LookupOutcome(null, status,
								uniform ? text(problem.get("detail")) : LookupOutcome.REFUSED);
					}
					return new LookupOutcome(null, 503, LookupOutcome.UNAVAILABLE);
				});
		}
		catch (RestClientException ex) {
			log.warn("Message lookup could not reach hall-service: {}", ex.getMessage());
			outcome = new LookupOutcome(null, 503, LookupOutcome.UNAVAILABLE);
		}
		log.info("Message lookup ended {}", outcome.status());
		return outcome;
	}

	/**
	 * One page of the published answers.
	 * @param kind one kind, or {@code null} for all
	 * @param page from 0
	 */
	PublicMessagePage published(MessageKind kind, int page, int size) {
		return read("published messages",
				() -> this.client.get()
					.uri((uri) -> uri.path("/api/public/messages")
						.queryParamIfPresent("kind", Optional.ofNullable(kind).map(MessageKind::name))
						.queryParam("page", page)
						.queryParam("size", size)
						.build())
					.retrieve()
					.body(PublicMessagePage.class));
	}

	MessageStatistics statistics(int year) {
		return read("statistics",
				() -> this.client.get()
					.uri("/api/public/messages/statistics?year={year}", year)
					.retrieve()
					.body(MessageStatistics.class));
	}

	List<CallView> calls(CallState state) {
		return read("calls",
				() -> this.client.get()
					.uri("/api/public/calls?state={state}", state.name())
					.retrieve()
					.body(new ParameterizedTypeReference<List<CallView>>() {
					}));
	}

	/** A call the public may see, or empty when there is none. */
	Optional<CallView> call(UUID id) {
		try {
			return Optional.of(read("call",
					() -> this.client.get().uri("/api/public/calls/{id}", id).retrieve().body(CallView.class)));
		}
		catch (BackendUnavailableException ex) {
			if (ex.getCause() instanceof HttpClientErrorException refused
					&& refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static <T> T read(String what, java.util.function.Supplier<T> call) {
		try {
			T answer = call.get();
			if (answer == null) {
				throw new BackendUnavailableException(SERVICE, "empty " + what + " answer", null);
			}
			return answer;
		}
		catch (RestClientException ex) {
			throw new BackendUnavailableException(SERVICE, what + " failed: " + ex.getMessage(), ex);
		}
	}

	private static SubmissionOutcome unavailable() {
		return SubmissionOutcome.refused(HttpStatus.SERVICE_UNAVAILABLE.value(), Map.of("general", UNAVAILABLE));
	}

	/**
	 * The service's explanations by form field: a validation problem names each field; a
	 * problem about the message as a whole (an unknown item, a closed call) goes under
	 * {@code general}.
	 */
	static Map<String, String> errors(Map<String, Object> problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (problem.get("errors") instanceof List<?> fields) {
			for (Object field : fields) {
				if (field instanceof Map<?, ?> entry && entry.get("message") != null) {
					String name = (entry.get("field") != null) ? entry.get("field").toString() : "general";
					errors.merge(name, entry.get("message").toString(), (a, b) -> a + "；" + b);
				}
			}
		}
		if (errors.isEmpty()) {
			String detail = text(problem.get("detail"));
			errors.put("general", (detail != null && !detail.isBlank()) ? detail : REFUSED);
		}
		return errors;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> problem(ConvertibleClientHttpResponse answer) {
		try {
			Map<String, Object> problem = answer.bodyTo(Map.class);
			return (problem != null) ? problem : Map.of();
		}
		catch (RestClientException ex) {
			return Map.of();
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
