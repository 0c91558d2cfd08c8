package cn.jianwu.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.jianwu.testsupport.JsonRequests;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's staff API through the gateway, as a staff tool calls it: a demo
 * account's token, and JSON requests that must succeed.
 */
final class StaffApi {

	private final String gateway;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	StaffApi(String gateway) {
		this.gateway = gateway;
	}

	/** A token of the demo account (password {@code demo-<username>}). */
	String token(String username) throws IOException, InterruptedException {
		String body = "{\"username\":\"" + username + "\",\"password\":\"demo-" + username + "\"}";
		return JsonPath.read(send("POST", "/api/auth/token", null, body), "$.access_token");
	}

	/**
	 * A request that must answer 2xx.
	 * @param token the staff token, or {@code null}
	 * @param json the body, or {@code null}
	 * @param headers more headers, as name, value, name, value…
	 * @return the answer's body
	 */
	String send(String method, String path, String token, String json, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = JsonRequests.of(this.gateway + path, method, token, json);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

}
