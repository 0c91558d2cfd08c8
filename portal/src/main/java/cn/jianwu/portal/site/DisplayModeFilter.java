package cn.jianwu.portal.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The display switch without JavaScript: {@code GET <any page>?display=large} (or
 * {@code standard}) sets the cookie and sends the reader back to the same page without
 * the parameter (303). It works on every page address the gateway routes to the portal,
 * so no route of its own is needed. It runs ahead of Spring Security's filters (which
 * guard the staff console only): the switch needs no sign-in, and it answers even an
 * address the security firewall would refuse (such as {@code //host/}) with a redirect to
 * a local page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1000)
class DisplayModeFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getParameter(DisplayMode.PARAMETER) == null
				|| request.getRequestURI().startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean large = DisplayMode.LARGE.equals(request.getParameter(DisplayMode.PARAMETER));
		ResponseCookie cookie = ResponseCookie
			.from(DisplayMode.COOKIE, large ? DisplayMode.LARGE : DisplayMode.STANDARD)
			.path("/")
			.maxAge(DisplayMode.MAX_AGE_SECONDS)
			.sameSite("Lax")
			.build();
		UriComponentsBuilder back = UriComponentsBuilder.fromPath(DisplayMode.localPath(request.getRequestURI()));
		if (request.getQueryString() != null) {
			back.query(request.getQueryString());
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.LOCATION, back.replaceQueryParam(DisplayMode.PARAMETER).build().toUriString());
	}

}
