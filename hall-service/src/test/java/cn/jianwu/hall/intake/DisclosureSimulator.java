package cn.jianwu.hall.intake;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import cn.jianwu.hall.call.DisclosureServiceStub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * disclosure-service at its HTTP boundary, for this service's own tests only (the real
 * end-to-end runs in system-tests): a published item, an item that does not exist or was
 * withdrawn (404, as disclosure-service answers both), and a disclosure-service that
 * drops the connection.
 */
public final class DisclosureSimulator {

	/**
	 * The one simulated disclosure-service every hall test shares (one Spring context).
	 */
	static final WireMockServer SERVER = DisclosureServiceStub.SERVER;

	private DisclosureSimulator() {
	}

	public static String url() {
		return SERVER.baseUrl();
	}

	/** An item published by the department. */
	public static UUID publishedItem(String department) {
		UUID id = UUID.randomUUID();
		SERVER.stubFor(get(urlEqualTo("/api/public/items/" + id)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"""
							{"id":"%s","revision":2,"title":"关于公开听证工作的通知","summary":"摘要","body":"<p>正文</p>",
							 "category":"GOVERNMENT_AFFAIRS","department":"%s","publishedAt":"2026-11-02T02:00:00Z","attachments":[]}
							"""
						.formatted(id, department))));
		return id;
	}

	/** An item disclosure-service does not show the public (unknown or withdrawn). */
	public static UUID absentItem() {
		UUID id = UUID.randomUUID();
		SERVER.stubFor(get(urlEqualTo("/api/public/items/" + id)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"type\":\"https://jianwu.cn/problems/item-not-found\",\"title\":\"未找到该公开事项\",\"status\":404}")));
		return id;
	}

	/** An item whose request disclosure-service never answers properly. */
	public static UUID unreachableItem() {
		UUID id = UUID.randomUUID();
		SERVER.stubFor(get(urlEqualTo("/api/public/items/" + id))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		return id;
	}

}
