package cn.jianwu.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.TokenRequest;
import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.disclosure.api.item.DecisionRequest;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.testsupport.JsonRequests;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's staff API through the gateway, as a staff tool calls it: a demo
 * account's token, and requests that must succeed, sent and read as disclosure-api's
 * records.
 */
final class StaffApi {

	/** The contract's JSON, as the portal reads it. */
	static final JsonMapper JSON = JsonMapper.builder().build();

	private final String gateway;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	StaffApi(String gateway) {
		this.gateway = gateway;
	}

	/** A token of the demo account (password {@code demo-<username>}). */
	String token(String username) throws IOException, InterruptedException {
		return login(username).accessToken();
	}

	/** The demo account's login: its token, and who it is (name, department, roles). */
	TokenResponse login(String username) throws IOException, InterruptedException {
		String answer = send("POST", "/api/auth/token", null, json(new TokenRequest(username, "demo-" + username)));
		return JSON.readValue(answer, TokenResponse.class);
	}

	/**
	 * Drafts an item.
	 * @param headers more headers, as name, value, name, value…
	 */
	StaffItem create(String token, ItemRequest request, String... headers) throws IOException, InterruptedException {
		return item(send("POST", "/api/disclosures", token, json(request), headers));
	}

	/**
	 * Edits a draft; on a published item, starts its next revision (the published one
	 * stays on the channels until the new one is approved).
	 */
	StaffItem update(String token, UUID id, ItemRequest request) throws IOException, InterruptedException {
		return item(send("PUT", "/api/disclosures/" + id, token, json(request)));
	}

	StaffItem submit(String token, UUID id, String... headers) throws IOException, InterruptedException {
		return item(send("POST", "/api/disclosures/" + id + "/submit", token, null, headers));
	}

	StaffItem approve(String token, UUID id, String comment, String... headers)
			throws IOException, InterruptedException {
		return item(send("POST", "/api/disclosures/" + id + "/approve", token, json(DecisionRequest.comment(comment)),
				headers));
	}

	StaffItem item(String token, UUID id) throws IOException, InterruptedException {
		return item(send("GET", "/api/disclosures/" + id, token, null));
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

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private static StaffItem item(String answer) {
		return JSON.readValue(answer, StaffItem.class);
	}

}
