package cn.jianwu.gateway;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submitting a message and looking one up with its codes are public, so the gateway
 * limits them per client address as it limits the public case query (burst 10, then 1 a
 * second): over its rate a client gets the 429 Problem and hall-service never sees the
 * request. Reading the published messages is not limited.
 */
class HallRateLimitIT extends GatewayTestSupport {

	@Test
	void clientOverItsRateOfLookupsAndSubmissionsGetsATooManyRequestsProblem() {
		String client = randomClient();
		List<Integer> statuses = new ArrayList<>();
		EntityExchangeResult<String> refused = null;
		for (int i = 0; i < 15; i++) {
			String path = (i % 2 == 0) ? "/api/hall/messages/lookup" : "/api/hall/messages";
			EntityExchangeResult<String> result = post(path, client);
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429 && refused == null) {
				refused = result;
			}
		}

		assertThat(statuses.subList(0, 10)).containsOnly(200);
		assertThat(refused).isNotNull();
		assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getResponseBody()).contains("\"title\":\"请求过于频繁\"").contains("\"status\":429");
		long forwarded = HALL.requests()
			.stream()
			.filter((request) -> request.path().startsWith("/api/hall/messages")
					&& String.valueOf(request.header("X-Forwarded-For")).startsWith(client + ","))
			.count();
		assertThat(forwarded).isEqualTo(statuses.stream().filter((status) -> status == 200).count());

		// the published messages stay readable for the same client
		this.client.get()
			.uri("/api/public/messages?page=0")
			.header("X-Forwarded-For", client)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private EntityExchangeResult<String> post(String path, String client) {
		return this.client.post()
			.uri(path)
			.header("X-Forwarded-For", client)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"trackingCode\":\"123456789012\",\"checkCode\":\"123456\"}")
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

}
