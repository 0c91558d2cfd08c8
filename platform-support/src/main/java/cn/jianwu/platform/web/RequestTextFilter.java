package cn.jianwu.platform.web;

import cn.jianwu.events.text.ControlCharacters;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads a parameter, an address whose path or query is not
 * well-formed UTF-8 percent-encoding or carries control characters. Tomcat would
 * otherwise fail inside the first {@code getParameter} call, wherever that is, and the
 * request would end as a 500; and a NUL would reach PostgreSQL. Nothing of the address is
 * logged or echoed.
 */
public class RequestTextFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ProblemDetail problem = problemWith(request.getRequestURI(), false);
		if (problem == null && request.getQueryString() != null) {
			for (String pair : request.getQueryString().split("&")) {
				problem = problemWith(pair, true);
				if (problem != null) {
					break;
				}
			}
		}
		if (problem != null) {
			ProblemResponses.write(response, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	private static ProblemDetail problemWith(String raw, boolean query) {
		String decoded;
		try {
			decoded = PercentDecoding.decode(raw, query);
		}
		catch (IllegalArgumentException ex) {
			return InputProblems.malformedUrl();
		}
		return ControlCharacters.inLine(decoded) ? InputProblems.forbiddenCharacters() : null;
	}

}
