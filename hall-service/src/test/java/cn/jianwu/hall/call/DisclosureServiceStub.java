package cn.jianwu.hall.call;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * disclosure-service at its HTTP boundary, for the open calls' items: creating a draft
 * answers a staff item with the id the test chose (told apart by a word of the title),
 * submitting answers it again, and an item is public once the test says so. Every
 * integration test of {@code HallIntegrationTest} talks to this one server (activities'
 * items too), so that they share one context.
 */
public final class DisclosureServiceStub {

	public static final WireMockServer SERVER = started();

	private DisclosureServiceStub() {
	}

	public static String url() {
		return "http://127.0.0.1:" + SERVER.port();
	}

	/** A draft whose title contains the marker is created as the item with this id. */
	public static void createsItem(String titleMarker, UUID itemId) {
		SERVER.stubFor(post(urlPathEqualTo("/api/disclosures"))
			.withRequestBody(matchingJsonPath("$.title", containing(titleMarker)))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(staffItem(itemId, "DRAFT"))));
		SERVER.stubFor(
				post(urlPathEqualTo("/api/disclosures/" + itemId + "/submit")).willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody(staffItem(itemId, "PENDING_REVIEW"))));
	}

	/** The item is published: the public API shows it. */
	public static void published(UUID itemId) {
		SERVER.stubFor(get(urlPathEqualTo("/api/public/items/" + itemId))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"id":"%s","revision":1,"title":"公告","body":"<p>公告</p>","category":"OTHER",
					 "department":"控告申诉检察部","publishedAt":"2026-12-01T00:00:00Z","attachments":[]}
					""".formatted(itemId))));
	}

	/** The item is not public (a draft, awaiting approval, withdrawn). */
	public static void notPublic(UUID itemId) {
		SERVER.stubFor(get(urlPathEqualTo("/api/public/items/" + itemId))
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"https://jianwu.cn/problems/not-found","title":"未找到","status":404}
					""")));
	}

	private static String staffItem(UUID itemId, String status) {
		return """
				{"id":"%s","revision":1,"status":"%s","title":"公告","body":"<p>公告</p>","category":"OTHER",
				 "term":"AD_HOC","visibility":"PUBLIC","department":"控告申诉检察部","important":false,"version":1,"allowedActions":[]}
				"""
			.formatted(itemId, status);
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "disclosure-stub-stop"));
		return server;
	}

}
