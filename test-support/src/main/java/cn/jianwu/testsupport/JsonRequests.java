package cn.jianwu.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * The requests a staff tool sends to the platform's JSON APIs, for tests that play one.
 */
public final class JsonRequests {

	private JsonRequests() {
	}

	/**
	 * A request with an optional JSON body and an optional bearer token.
	 * @param url the whole address
	 * @param method the HTTP method
	 * @param token the staff token, or {@code null} for none
	 * @param json the body, or {@code null} for none
	 * @return the builder, for more headers
	 */
	public static HttpRequest.Builder of(String url, String method, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

}
