package cn.jianwu.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service answers is Problem Details. Spring MVC's own exceptions keep
 * their statuses; anything unexpected becomes a generic 500 that names the request id,
 * while the cause stays in the server log only.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PlatformProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PlatformProblemHandler.class);

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		log.error("Unexpected failure handling request {}", requestId, ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "系统内部错误",
				"处理请求时发生错误，请稍后再试。如问题持续，请联系我院并提供请求编号。");
		problem.setProperty("requestId", requestId);
		return problem;
	}

}
