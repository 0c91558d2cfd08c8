package cn.jianwu.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems with the platform's stable {@code type} URIs. Titles and
 * details are Chinese: they are read by the public and by staff.
 */
public final class Problems {

	public static final String TYPE_BASE = "https://jianwu.cn/problems/";

	private Problems() {
	}

	public static URI type(String kind) {
		return URI.create(TYPE_BASE + kind);
	}

	public static ProblemDetail of(HttpStatusCode status, String kind, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(kind));
		problem.setTitle(title);
		return problem;
	}

}
