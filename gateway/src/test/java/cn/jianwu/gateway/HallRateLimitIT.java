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
 * request. Look-ups (and everything else done with a code) have a bucket of their own, so
 * writing in never spends a client's look-ups, and the look-up's small body limit.
 * Reading the published messages is not limited.
 */
class HallRateLimitIT extends GatewayTestSupport {

	@Test
	void clientOverItsRateOfLookupsGetsATooManyRequestsProblem() {
		String client = randomClient();
		List<Integer> statuses = new ArrayList<>();
		EntityExchangeResult<String> refused = null;
		for (int i = 0; i < 15; i++) {
			String path = (i % 2 == 0) ? "/api/hall/messages/lookup" : "/api/hall/appointments/lookup";
			EntityExchangeResult<String> result = post(path, client, CODES);
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429 && refused == null) {
				refused = result;
			}
		}

		assertThat(statuses.subList(0, 10)).containsOnly(200);
		assertThat(refused).isNotNull();
		assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getResponseBody()).contains("\"title\":\"请求过于频繁\"").contains("\"status\":429");
		assertThat(forwardedFor(client)).isEqualTo(statuses.stream().filter((status) -> status == 200).count());

		// writing in has its own bucket: the look-ups spent none of it
		assertThat(post("/api/hall/messages", client, CODES).getStatus().value()).isEqualTo(200);
		// the published messages stay readable for the same client
		this.client.get()
			.uri("/api/public/messages?page=0")
			.header("X-Forwarded-For", client)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void clientOverItsRateOfSubmissionsGetsATooManyRequestsProblem() {
		String client = randomClient();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			statuses.add(post("/api/hall/messages", client, CODES).getStatus().value());
		}

		assertThat(statuses.subList(0, 10)).containsOnly(200);
		assertThat(statuses.subList(10, 12)).contains(429);
		assertThat(forwardedFor(client)).isEqualTo(statuses.stream().filter((status) -> status == 200).count());
	}

	@Test
	void aLookupTakesAFewKilobytesWhileAMessageMayBeLong() {
		String client = randomClient();
		String longText = "{\"content\":\"" + "举".repeat(5_000) + "\"}";

		assertThat(post("/api/hall/messages/lookup", client, longText).getStatus().value()).isEqualTo(413);
		assertThat(post("/api/hall/messages", client, longText).getStatus().value()).isEqualTo(200);
		assertThat(forwardedFor(client)).isEqualTo(1);
	}

	private static long forwardedFor(String client) {
		return HALL.requests()
			.stream()
			.filter((request) -> request.path().startsWith("/api/hall/")
					&& String.valueOf(request.header("X-Forwarded-For")).startsWith(client + ","))
			.count();
	}

	private static final String CODES = "{\"trackingCode\":\"123456789012\",\"checkCode\":\"123456\"}";

	private EntityExchangeResult<String> post(String path, String client, String body) {
		return this.client.post()
			.uri(path)
			.header("X-Forwarded-For", client)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

}
