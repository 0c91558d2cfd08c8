package cn.jianwu.hall.handling;

import cn.jianwu.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers the handling rules' refusals as Problem Details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HandlingProblemAdvice {

	@ExceptionHandler(HandlingException.class)
	ProblemDetail refused(HandlingException ex) {
		return Problems.of(ex.status(), ex.kind(), ex.title(), ex.getMessage());
	}

}
