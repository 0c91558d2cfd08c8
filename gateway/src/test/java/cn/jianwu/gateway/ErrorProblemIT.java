package cn.jianwu.gateway;

import java.util.List;

import cn.jianwu.testsupport.hostile.HostileProbe;
import cn.jianwu.testsupport.hostile.HostileProbe.Endpoint;
import cn.jianwu.testsupport.hostile.RawHttp;
import cn.jianwu.testsupport.hostile.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors the gateway produces itself are Problem Details with a stable type.
 */
class ErrorProblemIT extends GatewayTestSupport {

	@Test
	void unknownPathIsNotFoundProblem() {
		this.client.get()
			.uri("/no/such/page?name=张三")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://jianwu.cn/problems/not-found")
			.jsonPath("$.title")
			.isEqualTo("未找到")
			.jsonPath("$.detail")
			.isEqualTo("请求的地址不存在。")
			.jsonPath("$.requestId")
			.isNotEmpty()
			.jsonPath("$.trace")
			.doesNotExist()
			.jsonPath("$.exception")
			.doesNotExist();
	}

	@Test
	void wrongMethodOnGatewayEndpointIsMethodNotAllowedProblem() {
		this.client.post()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals("Allow", "GET")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://jianwu.cn/problems/method-not-allowed")
			.jsonPath("$.title")
			.isEqualTo("请求方法不被允许");
	}

	@Test
	void actuatorEndpointThatIsNotExposedIsNotFoundProblem() {
		this.client.get()
			.uri("/actuator/env")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://jianwu.cn/problems/not-found");
	}

	@Test
	void requestsNettyCannotDecodeAreProblemsToo() {
		for (String target : List.of("/api/search?q=%zz", "/api/search?q=%", "/a b",
				"/api/search?q=" + "x".repeat(20000))) {
			Answer answer = RawHttp.send(this.port, "GET", target, null, null, null);
			assertThat(answer.status()).as(target).isBetween(400, 499);
			assertThat(answer.contentType()).as(target).startsWith("application/problem+json");
			assertThat(answer.body()).as(target).contains("https://jianwu.cn/problems/");
		}
	}

	@Test
	void publicEndpointsAnswerHostileInputWithoutA5xx() {
		HostileProbe probe = new HostileProbe(this.port, null);
		probe.probe(Endpoint.get("/api/search", "q", "page"));
		probe.probe(Endpoint.get("/api/search/suggest", "q"));
		probe.probe(Endpoint.get("/api/public/items", "q", "page"));
		probe.probe(Endpoint.get("/api/hotline/entry", "round"));
		assertThat(probe.findings()).as(probe.requests() + " requests").isEmpty();
	}

}
