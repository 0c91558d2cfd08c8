package cn.jianwu.portal.site;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Caching of the pages: {@link PublicPage}s get {@code Cache-Control: public, max-age}
 * and an ETag (so that a reader's browser revalidates with a 304 instead of a download);
 * every other page {@code no-store}. A page that could not be made whole (a service down)
 * sets {@code no-store} itself, so that nobody keeps the gap.
 */
@Configuration(proxyBeanMethods = false)
class PageCaching implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CacheHeaders()).excludePathPatterns("/actuator/**", "/error");
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/", "/categories/*", "/items/*", "/search", "/hall", "/hall/messages",
				"/hall/statistics", "/hall/calls", "/hall/calls/*", "/feed.atom", "/sitemap.xml", "/sitemaps/*",
				"/robots.txt");
		registration.setName("pageEtags");
		return registration;
	}

	/**
	 * A page that failed while it was being written is answered by the container's error
	 * page: whatever caching the page had asked for no longer holds.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorPagesNotStored() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected boolean shouldNotFilterErrorDispatch() {
						return false;
					}

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
						response.setHeader(HttpHeaders.ETAG, null);
						chain.doFilter(request, response);
					}

				});
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setName("errorPagesNotStored");
		return registration;
	}

	private static final class CacheHeaders implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (!(handler instanceof HandlerMethod method)) {
				return true;
			}
			PublicPage page = method.getMethodAnnotation(PublicPage.class);
			if (page != null && "GET".equals(request.getMethod())) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + page.maxAgeSeconds());
				response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
			}
			else {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			return true;
		}

	}

}
