package cn.jianwu.channel.wechat;

import java.util.UUID;

import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import com.github.tomakehurst.wiremock.WireMockServer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * case-query-service's API for the channel adapters, as its own tests pin it down
 * ({@code POST /api/cases/query}, {@code POST /internal/credentials/resolve}, {@code GET
 * /internal/credentials/{ref}}). By default every query fails with the one uniform
 * failure and every credential is unknown; tests stub their own codes.
 */
final class CaseQueryStub {

	/** case-query-service's uniform failure, as the contract's example has it. */
	static final byte[] FAILURE = CaseQueryExamples.json(Example.QUERY_FAILURE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final WireMockServer SERVER = started();

	private CaseQueryStub() {
	}

	static String baseUrl() {
		return SERVER.baseUrl();
	}

	/** A successful query of the code and digits answers the view. */
	static void query(String code, String idLast4, String viewJson) {
		SERVER.stubFor(post(urlPathEqualTo("/api/cases/query")).atPriority(1)
			.withHeader("X-Channel-User", matching("wx-[0-9a-f]{64}"))
			.withRequestBody(matchingJsonPath("$.queryCode", equalTo(code)))
			.withRequestBody(matchingJsonPath("$.idLast4", equalTo(idLast4)))
			.withRequestBody(matchingJsonPath("$.channel", equalTo("WECHAT")))
			.willReturn(okJson(viewJson)));
	}

	/** Resolving the code and digits answers the credential. */
	static void resolve(String code, String idLast4, UUID credentialRef, String caseNumber) {
		SERVER.stubFor(post(urlPathEqualTo("/internal/credentials/resolve")).atPriority(1)
			.withHeader("X-Channel-User", matching("wx-[0-9a-f]{64}"))
			.withRequestBody(matchingJsonPath("$.queryCode", equalTo(code)))
			.withRequestBody(matchingJsonPath("$.idLast4", equalTo(idLast4)))
			.willReturn(okJson(example(Example.RESOLVED_CREDENTIAL).put("credentialRef", credentialRef.toString())
				.put("caseNumber", caseNumber)
				.toString())));
	}

	static void status(UUID credentialRef, String caseNumber, boolean active) {
		SERVER.stubFor(get(urlPathEqualTo("/internal/credentials/" + credentialRef)).atPriority(1)
			.willReturn(okJson(example(Example.CREDENTIAL_STATUS).put("credentialRef", credentialRef.toString())
				.put("caseNumber", caseNumber)
				.put("active", active)
				.toString())));
	}

	/**
	 * The contract's example of an answer, to be given this test's values.
	 */
	static ObjectNode example(Example example) {
		return (ObjectNode) JSON.readTree(CaseQueryExamples.json(example));
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		for (String path : new String[] { "/api/cases/query", "/internal/credentials/resolve" }) {
			server.stubFor(post(urlPathEqualTo(path)).atPriority(10)
				.willReturn(aResponse().withStatus(404)
					.withHeader("Content-Type", "application/problem+json")
					.withBody(FAILURE)));
		}
		server.stubFor(get(urlPathMatching("/internal/credentials/.+")).atPriority(10)
			.willReturn(aResponse().withStatus(404)));
		return server;
	}

}
