package cn.jianwu.search.query;

import cn.jianwu.platform.web.Problems;
import cn.jianwu.platform.web.RequestIdFilter;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The service's own Problems: parameters it does not accept (400) and a cluster that
 * cannot answer (503, with {@code Retry-After}). The cluster's error stays in the log;
 * the public reads why in Chinese.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class SearchProblemAdvice {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(SearchProblemAdvice.class);

	@ExceptionHandler(InvalidSearchException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidSearchException ex) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(withRequestId(Problems.of(HttpStatus.BAD_REQUEST, "invalid-search", ex.title(), ex.getMessage())));
	}

	@ExceptionHandler(ElasticsearchUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(ElasticsearchUnavailableException ex) {
		log.warn("Search answered 503: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(withRequestId(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "检索服务暂时不可用",
					"全文检索暂时无法使用，请稍后再试；公开信息仍可按栏目浏览。")));
	}

	// As in the platform's other problems: the id to quote when asking about an answer.
	private static ProblemDetail withRequestId(ProblemDetail problem) {
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

}
