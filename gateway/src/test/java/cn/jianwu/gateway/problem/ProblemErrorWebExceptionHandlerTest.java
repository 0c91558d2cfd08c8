package cn.jianwu.gateway.problem;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemErrorWebExceptionHandlerTest {

	private final ProblemErrorWebExceptionHandler handler = new ProblemErrorWebExceptionHandler(
			new ProblemWriter(ServerCodecConfigurer.create()));

	@Test
	void unexpectedFailureIsAnInternalErrorProblemWithoutItsMessage() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/search"));

		this.handler.handle(exchange, new IllegalStateException("secret: jdbc://db-password@10.0.0.3")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"https://jianwu.cn/problems/internal-error\"")
			.contains("服务器内部错误")
			.doesNotContain("secret")
			.doesNotContain("IllegalStateException")
			.doesNotContain("trace");
	}

	@Test
	void otherClientErrorsKeepTheirStatusUnderOneType() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/auth/token"));

		this.handler.handle(exchange, new UnsupportedMediaTypeStatusException("text/x-evil")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"https://jianwu.cn/problems/bad-request\"")
			.contains("\"status\":415")
			.doesNotContain("text/x-evil");
	}

	@Test
	void eachKindHasItsStableType() {
		assertThat(
				ProblemErrorWebExceptionHandler.toProblem(new ResponseStatusException(HttpStatus.NOT_FOUND)).getType())
			.hasToString("https://jianwu.cn/problems/not-found");
		assertThat(ProblemErrorWebExceptionHandler
			.toProblem(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "internal reason"))
			.getType()).hasToString("https://jianwu.cn/problems/payload-too-large");
		assertThat(ProblemErrorWebExceptionHandler.toProblem(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT))
			.getType()).hasToString("https://jianwu.cn/problems/service-unavailable");
		assertThat(ProblemErrorWebExceptionHandler.toProblem(new ResponseStatusException(HttpStatus.UNAUTHORIZED))
			.getType()).hasToString("https://jianwu.cn/problems/unauthorized");
		assertThat(
				ProblemErrorWebExceptionHandler.toProblem(new ResponseStatusException(HttpStatus.FORBIDDEN)).getType())
			.hasToString("https://jianwu.cn/problems/forbidden");
		assertThat(ProblemErrorWebExceptionHandler.toProblem(new RuntimeException()).getStatus()).isEqualTo(500);
	}

}
