package cn.jianwu.simulators;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;

/**
 * JSON in and out of the simulators' extensions: request and rendered response bodies
 * read as plain maps and lists (WireMock's own JSON reader, so nothing of its shaded
 * Jackson shows here), answers written back in UTF-8.
 */
public final class JsonAnswers {

	private JsonAnswers() {
	}

	/**
	 * @param json a body
	 * @return its JSON object, empty if it is none (no body, not JSON, an array)
	 */
	public static Optional<Map<String, Object>> object(byte[] json) {
		if (json == null || json.length == 0) {
			return Optional.empty();
		}
		try {
			Object value = Json.read(new String(json, StandardCharsets.UTF_8), Object.class);
			if (!(value instanceof Map<?, ?> map)) {
				return Optional.empty();
			}
			Map<String, Object> object = new LinkedHashMap<>();
			map.forEach((key, item) -> object.put(String.valueOf(key), item));
			return Optional.of(object);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * @param response the response WireMock rendered from the mapping
	 * @param status the HTTP status of the answer
	 * @param body the answer, written as JSON
	 * @return the response with that status and body, its headers and delay kept
	 */
	public static Response answer(Response response, int status, Object body) {
		return Response.Builder.like(response)
			.but()
			.status(status)
			.body(Json.write(body).getBytes(StandardCharsets.UTF_8))
			.headers(withoutLength(response.getHeaders()))
			.build();
	}

	/**
	 * @param request a request
	 * @return its path, without the query
	 */
	public static String path(Request request) {
		String url = request.getUrl();
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

	/**
	 * @param value a JSON value or a request parameter
	 * @return it as text ({@code 100000001} and {@code "100000001"} alike), null for none
	 */
	public static String text(Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

	// a Content-Length of the mapping's body would not fit the new one
	private static HttpHeaders withoutLength(HttpHeaders headers) {
		if (headers == null) {
			return null;
		}
		return new HttpHeaders(headers.all()
			.stream()
			.filter((header) -> !header.keyEquals("Content-Length"))
			.toArray(HttpHeader[]::new));
	}

}
