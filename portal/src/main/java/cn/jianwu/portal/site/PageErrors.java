package cn.jianwu.portal.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import cn.jianwu.platform.web.RequestIdFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the portal's pages as pages: a Chinese explanation and a way on, never a
 * stack trace or a framework message. Ahead of the platform's Problem Details handler,
 * which keeps answering everything that is not a page (unknown paths, actuator).
 */
@ControllerAdvice(basePackages = "cn.jianwu.portal")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final SiteModel site;

	PageErrors(SiteModel site) {
		this.site = site;
	}

	@ExceptionHandler(BackendUnavailableException.class)
	ModelAndView unavailable(BackendUnavailableException ex, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Page {} unavailable: {}", request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return page(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用", "系统正在维护或访问量较大，暂时无法显示该页面，请稍后刷新重试。", request, response);
	}

	@ExceptionHandler(PageNotFoundException.class)
	ModelAndView notFound(PageNotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, "页面不存在", "您访问的页面不存在，或该信息已撤回。请从首页栏目或站内检索查找。", request, response);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "请求有误", "页面地址中的参数有误，请从首页重新进入。", request, response);
	}

	@ExceptionHandler(CrossSiteForms.CrossSitePostException.class)
	ModelAndView crossSite(CrossSiteForms.CrossSitePostException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, "请求被拒绝", "请从本网站的页面提交查询。", request, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return page(HttpStatus.METHOD_NOT_ALLOWED, "请求有误", "该页面不支持这种访问方式，请从首页重新进入。", request, response);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.error("Unexpected failure rendering {} (request {})", request.getRequestURI(),
				MDC.get(RequestIdFilter.MDC_KEY), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误", "处理您的请求时发生错误，请稍后再试。如问题持续，请拨打服务热线并告知下方的请求编号。", request,
				response);
	}

	private ModelAndView page(HttpStatus status, String heading, String message, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		ModelAndView page = new ModelAndView("error-page", status);
		page.addAllObjects(this.site.attributes(request));
		page.addObject("status", status.value());
		page.addObject("heading", heading);
		page.addObject("message", message);
		page.addObject("requestId", MDC.get(RequestIdFilter.MDC_KEY));
		return page;
	}

}
