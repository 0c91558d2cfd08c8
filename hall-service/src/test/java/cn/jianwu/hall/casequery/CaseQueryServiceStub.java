package cn.jianwu.hall.casequery;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * case-query-service at its HTTP boundary, for the lawyer check: a licence the test
 * declares acting is a defender of any case; one it declares slow is answered after the
 * hall's timeout; every other licence is a stranger ({@code acting = false}, as
 * case-query-service answers for a stranger and an unknown case alike).
 */
public final class CaseQueryServiceStub {

	static final WireMockServer SERVER = started();

	private CaseQueryServiceStub() {
	}

	public static String url() {
		return "http://127.0.0.1:" + SERVER.port();
	}

	/** The lawyer with this licence acts as a defender. */
	public static void acting(String licenceNumber) {
		SERVER.stubFor(post(urlPathEqualTo("/internal/lawyers/check"))
			.withRequestBody(matchingJsonPath("$.licenceNumber", equalTo(licenceNumber)))
			.atPriority(1)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"acting\":true,\"role\":\"DEFENDER\",\"department\":\"第一检察部\"}")));
	}

	/** case-query-service takes longer than the hall waits for this licence. */
	public static void slow(String licenceNumber) {
		SERVER.stubFor(post(urlPathEqualTo("/internal/lawyers/check"))
			.withRequestBody(matchingJsonPath("$.licenceNumber", equalTo(licenceNumber)))
			.atPriority(1)
			.willReturn(aResponse().withStatus(200)
				.withFixedDelay(4000)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"acting\":true,\"role\":\"DEFENDER\",\"department\":\"第一检察部\"}")));
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		server.stubFor(post(urlPathEqualTo("/internal/lawyers/check")).atPriority(10)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"acting\":false,\"role\":null,\"department\":null}")));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "case-query-stub-stop"));
		return server;
	}

}
