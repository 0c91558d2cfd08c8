package cn.jianwu.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem straight onto a servlet response, for the places that answer before
 * Spring MVC is reached (a filter, the web server's own error valve).
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		byte[] json = ProblemJson.of(problem, MDC.get(RequestIdFilter.MDC_KEY));
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
		response.flushBuffer();
	}

}
