package cn.jianwu.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

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

}
