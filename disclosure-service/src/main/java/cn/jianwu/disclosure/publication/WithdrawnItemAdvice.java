package cn.jianwu.disclosure.publication;

import cn.jianwu.disclosure.api.publication.WithdrawalNotice;
import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the addresses of a withdrawn public item with {@code 410 Gone}: a Problem
 * Details body that carries the withdrawal notice (title, dates, public reason), cached
 * like the public record's other answers.
 */
@RestControllerAdvice
class WithdrawnItemAdvice {

	@ExceptionHandler(WithdrawnItemException.class)
	ResponseEntity<ProblemDetail> gone(WithdrawnItemException ex) {
		WithdrawalNotice notice = ex.notice();
		ProblemDetail problem = Problems.of(HttpStatus.GONE, WithdrawalNotice.PROBLEM_TYPE, "该信息已撤回",
				"“" + notice.title() + "”已撤回，撤回理由：" + notice.reason());
		problem.setProperty(WithdrawalNotice.PROBLEM_PROPERTY, notice);
		return ResponseEntity.status(HttpStatus.GONE).cacheControl(ConditionalGets.CACHE_CONTROL).body(problem);
	}

}
