package cn.jianwu.portal.hall.booking;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.portal.site.BackendClients;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.ForwardedFor;
import cn.jianwu.portal.site.PortalProperties;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * The one way the portal's booking, activity and kiosk pages call hall-service's public
 * API: reads that fail become the friendly "service unavailable" page, and a visitor's
 * posts carry the visitor's address ({@code X-Forwarded-For}) for the service's throttle
 * and come back as a {@link HallAnswer}. Nothing sent or answered is logged: the bodies
 * hold codes and personal data.
 */
@Component
public class PublicHallCalls {

	private static final Logger log = LoggerFactory.getLogger(PublicHallCalls.class);

	static final String SERVICE = "hall-service";

	private final RestClient client;

	PublicHallCalls(BackendClients clients, PortalProperties properties) {
		this.client = clients.forService(properties.hallUrl());
	}

	/** The client for the reads a page needs ({@link #read}). */
	public RestClient reader() {
		return this.client;
	}

	/**
	 * A read the page cannot do without.
	 * @throws BackendUnavailableException when the service did not answer it
	 */
	public static <T> T read(String what, Supplier<T> call) {
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

	/**
	 * A visitor's post.
	 * @param path the service's path
	 * @param body the JSON body
	 * @param request the visitor's request, for the address
	 * @param success reads the successful answer
	 */
	public <T> HallAnswer<T> post(String path, Object body, HttpServletRequest request,
			Function<ConvertibleClientHttpResponse, T> success) {
		try {
			return this.client.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
						MediaType.parseMediaType("text/calendar"))
				.headers((headers) -> ForwardedFor.reader(headers, request))
				.body(body)
				.exchange((sent, answer) -> {
					int status = answer.getStatusCode().value();
					if (answer.getStatusCode().is2xxSuccessful()) {
						T value = success.apply(answer);
						return (value != null) ? HallAnswer.of(value, HttpStatus.OK.value())
								: HallAnswer.<T>unavailable();
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return HallAnswer.<T>throttled();
					}
					if (answer.getStatusCode().is4xxClientError()) {
						return HallAnswer.<T>refused(status, HallAnswer.errors(problem(answer)));
					}
					return HallAnswer.<T>unavailable();
				});
		}
		catch (RestClientException ex) {
			log.warn("POST {} could not reach hall-service: {}", path, ex.getClass().getSimpleName());
			return HallAnswer.unavailable();
		}
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

}
