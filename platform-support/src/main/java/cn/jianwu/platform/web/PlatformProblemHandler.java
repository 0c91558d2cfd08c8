package cn.jianwu.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
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

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "取值无效"))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误",
				errors.stream().map((error) -> error.get("message")).collect(Collectors.joining("；")) + "。");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (hasCause(ex, ControlCharactersException.class)) {
			return badRequest(InputProblems.forbiddenCharacters());
		}
		return badRequest(
				Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", "请求内容不是有效的JSON，或字段取值不在允许范围内，请检查后重新提交。"));
	}

	// Spring's own detail would quote the rejected value.
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return badRequest(InputProblems.invalidParameter());
	}

	// Tomcat's parameter parsing failed (a form body that is not UTF-8, too many
	// parameters); queries never get here, RequestTextFilter has refused them before.
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> unparsableParameters(InvalidParameterException ex) {
		return badRequest(InputProblems.invalidParameter());
	}

	// A multipart body without boundary or cut short: the client's fault, not the
	// server's.
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unparsableMultipart(MultipartException ex) {
		return badRequest(InputProblems.malformedRequest(HttpStatus.BAD_REQUEST.value()));
	}

	private static ResponseEntity<Object> badRequest(ProblemDetail problem) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

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
