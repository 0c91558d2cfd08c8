package cn.jianwu.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import cn.jianwu.platform.web.RequestIdFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Method security ({@code @PreAuthorize}) throws inside the controller, where the
 * platform's catch-all handler would turn it into a 500. This advice answers it first,
 * with the same problems as the security filters: 403 for a signed-in caller, 401 for an
 * anonymous one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class SecurityProblemAdvice {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(HttpServletResponse response) {
		if (this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			return withRequestId(SecurityProblems.forbidden());
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return withRequestId(SecurityProblems.unauthorized());
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail authentication(HttpServletResponse response) {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return withRequestId(SecurityProblems.unauthorized());
	}

	private static ProblemDetail withRequestId(ProblemDetail problem) {
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

}
