package cn.jianwu.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With two case-query-service replicas named in {@code CASE_QUERY_URLS}, the gateway
 * spreads the case-query routes over both.
 */
class CaseQueryBalancingIT extends GatewayTestSupport {

	static final DownstreamStub SECOND_REPLICA = DownstreamStub.start("case-query-2");

	@DynamicPropertySource
	static void twoReplicas(DynamicPropertyRegistry registry) {
		registry.add("CASE_QUERY_URLS", () -> CASE_QUERY.baseUrl() + "," + SECOND_REPLICA.baseUrl());
	}

	@Test
	void requestsAreSpreadOverBothReplicas() {
		for (int i = 0; i < 10; i++) {
			this.client.get().uri("/api/hotline/balancing-" + i + ".vxml").exchange().expectStatus().isOk();
		}

		long first = hits(CASE_QUERY);
		long second = hits(SECOND_REPLICA);
		assertThat(first + second).isEqualTo(10);
		assertThat(first).isEqualTo(5);
		assertThat(second).isEqualTo(5);
	}

	private static long hits(DownstreamStub replica) {
		return replica.requests()
			.stream()
			.filter((request) -> request.path().startsWith("/api/hotline/balancing-"))
			.count();
	}

}
