package cn.jianwu.casequery.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jianwu.casequery.casefile.CaseNotFoundException;
import cn.jianwu.casequery.casefile.InvalidCaseDataException;
import cn.jianwu.casequery.casefile.PersonNotFoundException;
import cn.jianwu.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The service's own errors as Problem Details, in the platform's shapes (a validation
 * problem lists {@code errors[]} with {@code field} and {@code message}, like the
 * platform's handler of bean validation).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class CaseQueryProblemAdvice {

	@ExceptionHandler(InvalidCaseDataException.class)
	ProblemDetail invalid(InvalidCaseDataException ex) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map((problem) -> Map.of("field", problem.field(), "message", problem.message()))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误",
				ex.problems().stream().map((p) -> p.message()).collect(Collectors.joining("；")) + "。");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(CaseNotFoundException.class)
	ProblemDetail caseNotFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "案件不存在", "没有该案号的案件，请核对案号。");
	}

	@ExceptionHandler(PersonNotFoundException.class)
	ProblemDetail personNotFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "person-not-found", "人员不存在", "该案件没有这名授权查询人员。");
	}

}
