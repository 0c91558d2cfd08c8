package cn.jianwu.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the edge keeps from strangers: the platform's internal headers never reach a
 * service from a public request; the hotline, the portal's query form and the staff
 * logins are rate-limited per client; and with internal networks configured (in these
 * tests: loopback and 100.64.0.0/10) the console and the staff APIs do not exist for
 * anyone else.
 */
class EdgeGuardIT extends GatewayTestSupport {

	@Test
	void publicRequestClaimingTheHotlineChannelReachesTheServiceWithoutInternalHeaders() {
		String client = randomClient();
		this.client.post()
			.uri("/api/cases/query")
			.header("X-Forwarded-For", client)
			.header("X-Query-Channel", "HOTLINE")
			.header("X-Channel-User", "someone-else")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"queryCode\":\"AB12CD34\",\"idLast4\":\"1234\"}")
			.exchange()
			.expectStatus()
			.isOk();

		DownstreamStub.Recorded forwarded = CASE_QUERY.requests()
			.stream()
			.filter((request) -> String.valueOf(request.header("X-Forwarded-For")).startsWith(client + ","))
			.findFirst()
			.orElseThrow();
		assertThat(forwarded.header("X-Query-Channel")).isNull();
		assertThat(forwarded.header("X-Channel-User")).isNull();
	}

	@Test
	void hotlineIsLimitedPerClientAfterItsBurst() {
		// Burst 50, then 5 a second by default: the IVR speaks for every caller from its
		// few addresses.
		List<Integer> statuses = untilRefused(300,
				(client) -> this.client.get().uri("/api/hotline/welcome").header("X-Forwarded-For", client));
		assertThat(statuses.subList(0, 50)).containsOnly(200);
		assertThat(statuses).last().isEqualTo(429);
	}

	@Test
	void portalCaseQueryFormIsLimitedLikeTheCaseQuery() {
		List<Integer> statuses = untilRefused(30,
				(client) -> this.client.post()
					.uri("/case-query")
					.header("X-Forwarded-For", client)
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.bodyValue("queryCode=AB12CD34&idLast4=1234"));
		assertThat(statuses.subList(0, 10)).containsOnly(200);
		assertThat(statuses).last().isEqualTo(429);
	}

	@Test
	void staffLoginsAreLimitedPerClientAfterAFewAttempts() {
		// Each attempt costs 10 tokens of a bucket of 60 refilled at 1 a second.
		List<Integer> api = untilRefused(9,
				(client) -> this.client.post()
					.uri("/api/auth/token")
					.header("X-Forwarded-For", client)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue("{\"username\":\"chief\",\"password\":\"guess\"}"));
		assertThat(api).hasSizeBetween(7, 8).last().isEqualTo(429);
		assertThat(api.subList(0, 6)).containsOnly(200);

		List<Integer> console = untilRefused(9,
				(client) -> this.client.post()
					.uri("/console/login")
					.header("X-Forwarded-For", client)
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.bodyValue("username=chief&password=guess"));
		assertThat(console).hasSizeBetween(7, 8).last().isEqualTo(429);
		assertThat(console.subList(0, 6)).containsOnly(200);
	}

	@Test
	void consoleAndStaffApisAreNotFoundOutsideTheInternalNetworks() {
		int portalRequests = PORTAL.requests().size();
		for (String path : List.of("/console", "/console/login", "/api/auth/token")) {
			this.client.get()
				.uri(path)
				.header("X-Forwarded-For", OUTSIDE_CLIENT)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://jianwu.cn/problems/not-found");
		}
		// Not 401: nothing tells a stranger that a staff API is there.
		this.client.get()
			.uri("/api/disclosures/1")
			.header("X-Forwarded-For", OUTSIDE_CLIENT)
			.header("Authorization", staffBearer())
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(PORTAL.requests()).hasSize(portalRequests);

		// The public pages stay public.
		this.client.get().uri("/items/1").header("X-Forwarded-For", OUTSIDE_CLIENT).exchange().expectStatus().isOk();
	}

	@Test
	void consoleIsServedInsideTheInternalNetworks() {
		this.client.get()
			.uri("/console/items/3")
			.header("X-Forwarded-For", randomClient())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("portal");
	}

	/**
	 * Sends requests from one fresh client address, one after the other, until one is
	 * refused with 429 or {@code max} were sent.
	 * @return their statuses, in order
	 */
	private static List<Integer> untilRefused(int max, Function<String, WebTestClient.RequestHeadersSpec<?>> request) {
		String client = randomClient();
		List<Integer> statuses = new ArrayList<>();
		while (statuses.size() < max && !statuses.contains(429)) {
			statuses.add(request.apply(client).exchange().returnResult(String.class).getStatus().value());
		}
		return statuses;
	}

}
