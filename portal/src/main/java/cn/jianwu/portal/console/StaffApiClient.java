package cn.jianwu.portal.console;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import cn.jianwu.platform.web.RequestIdFilter;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.ForwardedFor;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One service's staff API as the console calls it: the signed-in member's token goes
 * along as a bearer token, a refusal becomes a {@link ConsoleApiException} with the
 * service's Chinese explanation, a refused token a {@link StaffSessionExpiredException},
 * and a service that does not answer a {@link BackendUnavailableException} (the console
 * says so). Tokens and bodies are never logged.
 */
public class StaffApiClient {

	/** disclosure-service's header for requests carried out once. */
	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final RestClient client;

	private final String service;

	/**
	 * @param baseUrl the service's address
	 * @param service its name, for messages in the log
	 * @param connectTimeout how long the service may take to accept a connection
	 * @param readTimeout how long it may take to answer: longer than for public pages,
	 * since an approval that publishes does real work, and giving up early would tell
	 * staff it failed when it did not
	 */
	public StaffApiClient(URI baseUrl, String service, Duration connectTimeout, Duration readTimeout) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(readTimeout);
		String base = baseUrl.toString();
		this.client = RestClient.builder()
			.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
			.requestFactory(requests)
			.build();
		this.service = service;
	}

	public <T> T get(ConsoleUser user, Class<T> type, String uri, Object... variables) {
		return call(user, HttpMethod.GET, null, ParameterizedTypeReference.forType(type), uri, variables);
	}

	public <T> T get(ConsoleUser user, ParameterizedTypeReference<T> type, String uri, Object... variables) {
		return call(user, HttpMethod.GET, null, type, uri, variables);
	}

	/**
	 * A file the service makes for staff (e.g. a CSV export), asked for with its own
	 * media type rather than JSON, passed on as it came.
	 */
	public Download download(ConsoleUser user, MediaType accept, String uri, Object... variables) {
		return call(user, HttpMethod.GET, null, ParameterizedTypeReference.forType(Download.class), accept, null, uri,
				variables);
	}

	/**
	 * A large file (an archive volume's ZIP) copied to {@code out} as it comes, never
	 * held whole in memory; a refusal as for the other calls.
	 */
	public void stream(ConsoleUser user, OutputStream out, String uri, Object... variables) {
		try {
			this.client.get()
				.uri(uri, variables)
				.accept(MediaType.ALL)
				.headers((headers) -> headers(headers, user))
				.exchange((sent, answer) -> {
					if (answer.getStatusCode().is2xxSuccessful()) {
						answer.getBody().transferTo(out);
						return null;
					}
					if (answer.getStatusCode().value() == 401) {
						throw new StaffSessionExpiredException(this.service);
					}
					if (answer.getStatusCode().is4xxClientError()) {
						Map<String, Object> problem = readProblem(answer);
						throw new ConsoleApiException(answer.getStatusCode().value(), text(problem.get("type")),
								text(problem.get("title")), detail(problem, answer.getStatusCode().value()),
								fields(problem));
					}
					throw new BackendUnavailableException(this.service,
							"GET " + uri + " answered " + answer.getStatusCode().value(), null);
				});
		}
		catch (RestClientException ex) {
			throw new BackendUnavailableException(this.service, "GET " + uri + " failed: " + ex.getMessage(), ex);
		}
	}

	public <T> T post(ConsoleUser user, Object body, Class<T> type, String uri, Object... variables) {
		return call(user, HttpMethod.POST, body, ParameterizedTypeReference.forType(type), uri, variables);
	}

	/**
	 * A POST that the service carries out once per {@code idempotencyKey}: sent again
	 * with the same key (a double submit of a form), it answers with the first result.
	 */
	public <T> T postOnce(ConsoleUser user, String idempotencyKey, Object body, Class<T> type, String uri,
			Object... variables) {
		return call(user, HttpMethod.POST, body, ParameterizedTypeReference.forType(type), null, idempotencyKey, uri,
				variables);
	}

	public <T> T put(ConsoleUser user, Object body, Class<T> type, String uri, Object... variables) {
		return call(user, HttpMethod.PUT, body, ParameterizedTypeReference.forType(type), uri, variables);
	}

	/** Sends text of the given type (e.g. a CSV file). */
	public <T> T postText(ConsoleUser user, String text, MediaType mediaType, Class<T> type, String uri,
			Object... variables) {
		return call(user, HttpMethod.POST, new TypedText(text, mediaType), ParameterizedTypeReference.forType(type),
				uri, variables);
	}

	/** Sends a file as {@code multipart/form-data}. */
	public void upload(ConsoleUser user, MultiValueMap<String, Object> parts, String uri, Object... variables) {
		call(user, HttpMethod.POST, parts, ParameterizedTypeReference.forType(Void.class), uri, variables);
	}

	public void delete(ConsoleUser user, String uri, Object... variables) {
		call(user, HttpMethod.DELETE, null, ParameterizedTypeReference.forType(Void.class), uri, variables);
	}

	/**
	 * A call without a signed-in member (the login), on behalf of the browser's request:
	 * it carries the browser's address ({@code X-Forwarded-For}), which the service paces
	 * failed logins by.
	 */
	<T> T anonymous(HttpMethod method, Object body, Class<T> type, String uri, HttpServletRequest browser) {
		HttpHeaders forwarded = new HttpHeaders();
		if (browser != null) {
			ForwardedFor.reader(forwarded, browser);
		}
		return call(null, method, body, ParameterizedTypeReference.forType(type), (MediaType) null, null, forwarded,
				uri);
	}

	private <T> T call(ConsoleUser user, HttpMethod method, Object body, ParameterizedTypeReference<T> type, String uri,
			Object... variables) {
		return call(user, method, body, type, null, null, uri, variables);
	}

	private <T> T call(ConsoleUser user, HttpMethod method, Object body, ParameterizedTypeReference<T> type,
			MediaType accept, String idempotencyKey, String uri, Object... variables) {
		return call(user, method, body, type, accept, idempotencyKey, HttpHeaders.EMPTY, uri, variables);
	}

	@SuppressWarnings("unchecked")
	private <T> T call(ConsoleUser user, HttpMethod method, Object body, ParameterizedTypeReference<T> type,
			MediaType accept, String idempotencyKey, HttpHeaders extra, String uri, Object... variables) {
		try {
			RestClient.RequestBodySpec request = this.client.method(method)
				.uri(uri, variables)
				.accept((accept != null) ? accept : MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.headers((headers) -> {
					headers.addAll(extra);
					headers(headers, user);
				});
			if (idempotencyKey != null && !idempotencyKey.isBlank()) {
				request.header(IDEMPOTENCY_KEY, idempotencyKey);
			}
			if (body instanceof TypedText text) {
				request.contentType(text.mediaType()).body(text.text());
			}
			else if (body instanceof MultiValueMap<?, ?>) {
				request.contentType(MediaType.MULTIPART_FORM_DATA).body(body);
			}
			else if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			return request.exchange((sent, answer) -> {
				int status = answer.getStatusCode().value();
				if (answer.getStatusCode().is2xxSuccessful() && type.getType() == Download.class) {
					return (T) new Download(answer.getBody().readAllBytes(),
							answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
							answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
				}
				if (answer.getStatusCode().is2xxSuccessful()) {
					return (status == 204 || type.getType() == Void.class) ? null : answer.bodyTo(type);
				}
				if (status == 401 && user != null) {
					throw new StaffSessionExpiredException(this.service);
				}
				if (answer.getStatusCode().is4xxClientError()) {
					Map<String, Object> problem = readProblem(answer);
					throw new ConsoleApiException(status, text(problem.get("type")), text(problem.get("title")),
							detail(problem, status), fields(problem));
				}
				throw new BackendUnavailableException(this.service, method + " " + uri + " answered " + status, null);
			});
		}
		catch (RestClientException ex) {
			throw new BackendUnavailableException(this.service, method + " " + uri + " failed: " + ex.getMessage(), ex);
		}
	}

	private static void headers(HttpHeaders headers, ConsoleUser user) {
		if (user != null) {
			headers.setBearerAuth(user.token());
		}
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			headers.set(RequestIdFilter.HEADER, requestId);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readProblem(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse answer) {
		try {
			Map<String, Object> problem = answer.bodyTo(Map.class);
			return (problem != null) ? problem : Map.of();
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	private static String detail(Map<String, Object> problem, int status) {
		String detail = text(problem.get("detail"));
		if (detail != null && !detail.isBlank()) {
			return detail;
		}
		return switch (status) {
			case 403 -> "您的岗位没有进行该操作的权限。";
			case 404 -> "要找的记录不存在，可能已被删除。";
			case 409 -> "该记录已被他人修改或状态已变化，请刷新后重试。";
			default -> "请求未被受理（" + status + "），请检查填写的内容。";
		};
	}

	@SuppressWarnings("unchecked")
	private static List<ConsoleApiException.FieldProblem> fields(Map<String, Object> problem) {
		List<ConsoleApiException.FieldProblem> fields = new ArrayList<>();
		if (problem.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> entry) {
					fields.add(
							new ConsoleApiException.FieldProblem(text(entry.get("field")), text(entry.get("message"))));
				}
			}
		}
		if (problem.get("field") instanceof String field) {
			fields.add(new ConsoleApiException.FieldProblem(field, text(problem.get("detail"))));
		}
		return fields;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/**
	 * A file as the service sent it.
	 *
	 * @param body its bytes
	 * @param contentType its media type, as sent
	 * @param contentDisposition its {@code Content-Disposition}, as sent (the file name)
	 */
	public record Download(byte[] body, String contentType, String contentDisposition) {
	}

	/** A body of text with its media type. */
	private record TypedText(String text, MediaType mediaType) {
	}

}
