package cn.jianwu.hall.disclosure;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * disclosure-service did not answer, answered with a failure of its own, or its circuit
 * breaker is open. The reason (a status, an exception's class) stays in the cause, for
 * the log; the caller reads the problem.
 */
public class DisclosureUnavailableException extends ErrorResponseException {

	public static final String TYPE = "disclosure-unavailable";

	DisclosureUnavailableException(String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE,
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, TYPE, "信息公开平台暂时无法访问", "信息公开平台暂时无法访问，请稍后重试。"),
				new IllegalStateException(reason));
	}

}
