package cn.jianwu.hall.disclosure;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * disclosure-service refused what the caller asked of it (their role may not create an
 * item, the token expired, the text did not pass its checks): the caller gets the same
 * status and disclosure-service's own Chinese explanation.
 */
public class DisclosureRefusedException extends ErrorResponseException {

	public static final String TYPE = "disclosure-refused";

	DisclosureRefusedException(HttpStatusCode status, String detail) {
		super(status, Problems.of(status, TYPE, "信息公开平台未受理该操作",
				(detail != null && !detail.isBlank()) ? detail : "信息公开平台未受理该操作，请检查后重试。"), null);
	}

}
