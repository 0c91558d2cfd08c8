package cn.jianwu.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of error the gateway answers by itself. The {@code type} URIs are part of
 * the public contract: clients and tests branch on them, so they never change once
 * published. Titles and details are shown to the public, hence simplified Chinese, and
 * never carry exception messages.
 */
public enum ProblemKind {

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "未找到", "请求的地址不存在。"),

	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "请求方法不被允许", "该地址不支持此请求方法。"),

	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "请求内容过大", "请求内容超过了允许的大小上限。"),

	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "未登录或登录已过期", "请登录后再试；如已登录，登录可能已过期，请重新登录。"),

	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "无权执行此操作", "您的账号没有执行此操作的权限。"),

	TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", "查询过于频繁，请稍后再试。"),

	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "请求无效", "请求无法处理，请检查后重试。"),

	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用", "所请求的服务暂时不可用，请稍后再试。"),

	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "服务器处理请求时出错，请稍后再试。");

	/** Shared prefix of every problem type the platform publishes. */
	public static final String TYPE_BASE = "https://jianwu.cn/problems/";

	private final URI type;

	private final HttpStatus defaultStatus;

	private final String title;

	private final String detail;

	ProblemKind(String slug, HttpStatus defaultStatus, String title, String detail) {
		this.type = URI.create(TYPE_BASE + slug);
		this.defaultStatus = defaultStatus;
		this.title = title;
		this.detail = detail;
	}

	public URI type() {
		return this.type;
	}

	public HttpStatus defaultStatus() {
		return this.defaultStatus;
	}

	/**
	 * A fresh problem of this kind with its usual status.
	 * @return the problem, ready for extension properties
	 */
	public ProblemDetail toProblem() {
		return toProblem(this.defaultStatus);
	}

	/**
	 * A fresh problem of this kind; the status may differ from the usual one when a kind
	 * groups several statuses (for example 406 and 415 are both a bad request).
	 * @param status the HTTP status to answer with
	 * @return the problem, ready for extension properties
	 */
	public ProblemDetail toProblem(HttpStatusCode status) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(this.type);
		problem.setTitle(this.title);
		problem.setDetail(this.detail);
		return problem;
	}

}
