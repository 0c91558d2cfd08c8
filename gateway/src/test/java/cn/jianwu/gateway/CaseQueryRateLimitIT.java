package cn.jianwu.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public case query is rate-limited per client address by Spring Cloud Gateway's
 * Redis rate limiter (burst 10, then 1 a second); a client over its rate gets a 429
 * Problem in Chinese from the gateway and the service never sees the request. Other
 * clients and the staff's case routes are not limited.
 */
class CaseQueryRateLimitIT extends GatewayTestSupport {

	private static final String QUERY = "{\"queryCode\":\"123456789012\",\"idLast4\":\"1234\"}";

	@Test
	void clientOverItsRateGetsATooManyRequestsProblem() {
		String client = randomClient();
		List<Integer> statuses = new ArrayList<>();
		EntityExchangeResult<String> refused = null;
		for (int i = 0; i < 15; i++) {
			EntityExchangeResult<String> result = query(client);
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429 && refused == null) {
				refused = result;
			}
		}

		assertThat(statuses.subList(0, 10)).containsOnly(200);
		assertThat(statuses).contains(429);
		assertThat(refused).isNotNull();
		assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
		assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(refused.getResponseBody()).contains("\"type\":\"https://jianwu.cn/problems/too-many-requests\"")
			.contains("\"title\":\"请求过于频繁\"")
			.contains("\"status\":429")
			.contains("\"requestId\"")
			.doesNotContain("Exception");
		long forwarded = CASE_QUERY.requests()
			.stream()
			.filter((request) -> request.path().equals("/api/cases/query")
					&& String.valueOf(request.header("X-Forwarded-For")).startsWith(client + ","))
			.count();
		assertThat(forwarded).isEqualTo(statuses.stream().filter((status) -> status == 200).count());

		// Another client has a bucket of its own.
		assertThat(query(randomClient()).getStatus().value()).isEqualTo(200);
	}

	@Test
	void staffCaseRoutesAreNotLimitedAndCaseNumbersPassPercentEncoded() {
		String caseNumber = URLEncoder.encode("晋检刑诉受〔2017〕35010300001号", StandardCharsets.UTF_8);
		String client = randomClient();
		for (int i = 0; i < 15; i++) {
			this.client.put()
				.uri(URI.create("http://localhost:" + this.port + "/api/cases/" + caseNumber))
				.header("Authorization", staffBearer())
				.header("X-Forwarded-For", client)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isOk();
		}
		assertThat(CASE_QUERY.lastRequest("/api/cases/%E6%99%8B").orElseThrow().path())
			.isEqualTo("/api/cases/" + caseNumber);
	}

	private EntityExchangeResult<String> query(String client) {
		return this.client.post()
			.uri("/api/cases/query")
			.header("X-Forwarded-For", client)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

}
