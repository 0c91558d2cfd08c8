package cn.jianwu.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;

/**
 * A problem as RFC 9457 JSON, for the places that answer below the web frameworks and
 * their message converters (a servlet filter, Tomcat's error valve, the gateway's Netty
 * pipeline).
 */
public final class ProblemJson {

	private ProblemJson() {
	}

	/**
	 * The problem's members, with the request id where there is one.
	 * @param problem the problem
	 * @param requestId the request id, or {@code null}
	 * @return UTF-8 JSON
	 */
	public static byte[] of(ProblemDetail problem, String requestId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (requestId != null) {
			body.put("requestId", requestId);
		}
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
