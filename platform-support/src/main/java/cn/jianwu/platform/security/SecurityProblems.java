package cn.jianwu.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import cn.jianwu.platform.web.Problems;
import cn.jianwu.platform.web.RequestIdFilter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The two answers of the security layer, as Problem Details: 401 {@code unauthorized} (no
 * token, or one that is invalid or expired) and 403 {@code forbidden} (a valid token
 * without the role). The bodies never say why a token was refused; a rejected bearer
 * token gets {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750).
 */
public final class SecurityProblems {

	/** Problem type slug of a missing, invalid or expired token. */
	public static final String UNAUTHORIZED = "unauthorized";

	/** Problem type slug of a valid token that lacks the right. */
	public static final String FORBIDDEN = "forbidden";

	private SecurityProblems() {
	}

	public static ProblemDetail unauthorized() {
		return Problems.of(HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "未登录或登录已过期", "请登录后再试；如已登录，登录可能已过期，请重新登录。");
	}

	public static ProblemDetail forbidden() {
		return Problems.of(HttpStatus.FORBIDDEN, FORBIDDEN, "无权执行此操作", "您的账号没有执行此操作的权限。");
	}

	/** Answers 401 Problem Details where Spring Security asks for authentication. */
	public static AuthenticationEntryPoint authenticationEntryPoint() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate(ex));
			write(request, response, unauthorized());
		};
	}

	/** Answers 403 Problem Details where Spring Security denies access. */
	public static AccessDeniedHandler accessDeniedHandler() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
			write(request, response, forbidden());
		};
	}

	static String wwwAuthenticate(AuthenticationException ex) {
		return (ex instanceof InvalidBearerTokenException) ? "Bearer error=\"invalid_token\"" : "Bearer";
	}

	/**
	 * Writes a problem without the MVC machinery (the security filters answer before any
	 * controller is chosen). The request id is added as in every other problem.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		StringBuilder json = new StringBuilder(256).append('{');
		field(json, "type", String.valueOf(problem.getType())).append(',');
		field(json, "title", problem.getTitle()).append(',');
		json.append("\"status\":").append(problem.getStatus()).append(',');
		field(json, "detail", problem.getDetail()).append(',');
		field(json, "instance", request.getRequestURI());
		if (requestId != null) {
			json.append(',');
			field(json, "requestId", requestId);
		}
		json.append('}');
		byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private static StringBuilder field(StringBuilder json, String name, String value) {
		json.append('"').append(name).append("\":\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}

}
