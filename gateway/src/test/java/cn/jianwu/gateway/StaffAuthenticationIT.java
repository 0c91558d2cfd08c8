package cn.jianwu.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff routes need a valid staff token, checked against the issuer's published keys: the
 * gateway answers a 401 Problem itself and the service never sees a request without one.
 * With a valid token the request passes with its {@code Authorization} header unchanged,
 * so that the service can check it again. Public routes never look at tokens.
 */
class StaffAuthenticationIT extends GatewayTestSupport {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/disclosures", "POST, /api/disclosures", "GET, /api/disclosures/42",
			"POST, /api/disclosures/42/approve", "POST, /api/redaction/preview", "PUT, /api/cases/2024-0001",
			"POST, /api/cases/2024-0001/events", "POST, /api/cases/desk-query", "GET, /api/cases/2024-0001",
			"GET, /api/hall/staff/messages", "POST, /api/hall/staff/messages/7/approve", "POST, /api/hall/staff/calls",
			"GET, /api/reports/obligations", "POST, /api/reports/annual/2026", "GET, /api/reports/archives/7/download",
			"GET, /api/reports/figures/pdf" })
	void staffRouteWithoutATokenIsAnUnauthorizedProblem(String method, String path) {
		String marker = "marker=" + System.nanoTime();

		assertUnauthorized(request(method, path + "?" + marker), "Bearer");

		assertThat(ALL_STUBS.stream().flatMap((stub) -> stub.requests().stream()))
			.noneMatch((forwarded) -> marker.equals(forwarded.query()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "expired", "other-issuer", "forged", "basic" })
	void staffRouteWithABadTokenIsAnUnauthorizedProblem(String kind) {
		String authorization = switch (kind) {
			case "garbage" -> "Bearer not.a.token";
			case "expired" -> "Bearer " + TestTokens.expired();
			case "other-issuer" -> "Bearer " + TestTokens.ofAnotherIssuer();
			case "forged" -> "Bearer " + TestTokens.forged();
			default -> "Basic Y2xlcmsxOmRlbW8tY2xlcmsx";
		};
		String path = "/api/disclosures/bad-token-" + kind;

		WebTestClient.ResponseSpec response = this.client.get()
			.uri(path)
			.header("Authorization", authorization)
			.exchange();

		assertUnauthorized(response, kind.equals("basic") ? "Bearer" : "Bearer error=\"invalid_token\"");
		assertThat(DISCLOSURE.lastRequest(path)).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "GET, /api/disclosures/42, disclosure", "POST, /api/redaction/preview, disclosure",
			"PUT, /api/cases/2024-0001, case-query", "POST, /api/cases/2024-0001/events, case-query",
			"POST, /api/cases/desk-query, case-query", "GET, /api/hall/staff/messages, hall",
			"POST, /api/hall/staff/messages/7/assign, hall", "GET, /api/reports/obligations/mine, report",
			"POST, /api/reports/archives, report", "GET, /api/reports/scores/2026.xlsx, report" })
	void validTokenPassesWithItsAuthorizationHeaderUnchanged(String method, String path, String service) {
		String authorization = staffBearer();

		request(method, path).header("Authorization", authorization)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(service)
			.jsonPath("$.path")
			.isEqualTo(path);

		DownstreamStub stub = switch (service) {
			case "disclosure" -> DISCLOSURE;
			case "hall" -> HALL;
			case "report" -> REPORT;
			default -> CASE_QUERY;
		};
		assertThat(stub.lastRequest(path).orElseThrow().header("Authorization")).isEqualTo(authorization);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/auth/token", "/api/cases/query", "/api/search", "/api/public/items",
			"/api/public/messages", "/" })
	void publicRoutesIgnoreTokensEvenBadOnes(String path) {
		this.client.get()
			.uri(path)
			.header("Authorization", "Bearer " + TestTokens.expired())
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get().uri(path).exchange().expectStatus().isOk();
	}

	private WebTestClient.RequestBodySpec request(String method, String uri) {
		return this.client.method(HttpMethod.valueOf(method)).uri(uri).contentType(MediaType.APPLICATION_JSON);
	}

	private static void assertUnauthorized(WebTestClient.RequestBodySpec request, String wwwAuthenticate) {
		assertUnauthorized(request.exchange(), wwwAuthenticate);
	}

	private static void assertUnauthorized(WebTestClient.ResponseSpec response, String wwwAuthenticate) {
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("WWW-Authenticate", wwwAuthenticate)
			.expectHeader()
			.exists("X-Request-Id")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://jianwu.cn/problems/unauthorized")
			.jsonPath("$.title")
			.isEqualTo("未登录或登录已过期")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.requestId")
			.isNotEmpty();
	}

}
