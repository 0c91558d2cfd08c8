package cn.jianwu.portal.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's forms (the case query, the kiosk) accept posts from its own pages only. A
 * page of another site could otherwise make its visitors' browsers send case queries,
 * spreading a guessing attack over many addresses. The browser says where a post comes
 * from ({@code Sec-Fetch-Site}); one from another site is refused. Clients that do not
 * say (older browsers, scripts) are unaffected: the service's own lock-out holds for
 * them.
 */
@Configuration(proxyBeanMethods = false)
class CrossSiteForms implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if ("POST".equals(request.getMethod()) && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
					throw new CrossSitePostException();
				}
				return true;
			}

		}).excludePathPatterns("/actuator/**");
	}

	/** A form sent from a page of another site. */
	static class CrossSitePostException extends RuntimeException {

		CrossSitePostException() {
			super("form posted from another site");
		}

	}

}
