package cn.jianwu.portal.site;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import cn.jianwu.platform.web.RequestIdFilter;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * What a public call on behalf of a reader carries: the reader's address as
 * {@code X-Forwarded-For} (what the gateway said, plus the gateway's own address), so
 * that a service's throttling and audit see the reader, not the portal; and the request
 * id.
 */
public final class ForwardedFor {

	private ForwardedFor() {
	}

	/**
	 * @param headers the outgoing call's headers
	 * @param request the reader's request
	 */
	public static void reader(HttpHeaders headers, HttpServletRequest request) {
		String claimed = request.getHeader("X-Forwarded-For");
		String peer = request.getRemoteAddr();
		headers.set("X-Forwarded-For", StringUtils.hasText(claimed) ? claimed + ", " + peer : peer);
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			headers.set(RequestIdFilter.HEADER, requestId);
		}
	}

}
