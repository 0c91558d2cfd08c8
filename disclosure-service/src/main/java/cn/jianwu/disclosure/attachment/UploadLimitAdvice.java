package cn.jianwu.disclosure.attachment;

import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request above the servlet container's multipart limits (set a little above
 * {@code jianwu.attachments.max-size}) is refused before any controller sees it; it gets
 * the same Problem as a file the service itself finds too large.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final AttachmentProperties properties;

	UploadLimitAdvice(AttachmentProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		DisclosureException refusal = AttachmentProblems.tooLarge(this.properties.maxSize());
		ProblemDetail problem = Problems.of(refusal.status(), refusal.kind(), refusal.title(), refusal.getMessage());
		refusal.properties().forEach(problem::setProperty);
		return problem;
	}

}
