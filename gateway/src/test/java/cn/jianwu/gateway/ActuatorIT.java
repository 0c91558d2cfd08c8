package cn.jianwu.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own health, probes and metrics answer on its own /actuator paths.
 */
class ActuatorIT extends GatewayTestSupport {

	@Test
	void healthIsUp() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void livenessAndReadinessProbesAreUp() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void prometheusShowsCircuitBreakers() {
		// A call routed to search-service first, so that its circuit breaker exists
		// whichever test ran before.
		this.client.get().uri("/api/search?q=x").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("resilience4j_circuitbreaker_state{")
				.contains("name=\"search\""));
	}

	@Test
	void infoAnswers() {
		this.client.get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

}
