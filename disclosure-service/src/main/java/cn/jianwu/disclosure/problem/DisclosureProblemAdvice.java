package cn.jianwu.disclosure.problem;

import cn.jianwu.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers the disclosure rules' refusals as Problem Details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DisclosureProblemAdvice {

	@ExceptionHandler(DisclosureException.class)
	ProblemDetail refused(DisclosureException ex) {
		ProblemDetail problem = Problems.of(ex.status(), ex.kind(), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

}
