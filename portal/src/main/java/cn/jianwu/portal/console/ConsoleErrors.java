package cn.jianwu.portal.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import cn.jianwu.platform.web.RequestIdFilter;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.SiteModel;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's failures as console pages: a service that does not answer, a refusal
 * nobody could foresee (403, 404), an expired sign-in (back to the login, which says so).
 * Never a stack trace.
 */
@ControllerAdvice(basePackages = "cn.jianwu.portal.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

	/** The frame's attributes: an exception handler's page gets none of the advice's. */
	private final SiteModel site;

	ConsoleErrors(SiteModel site) {
		this.site = site;
	}

	@ExceptionHandler(StaffSessionExpiredException.class)
	String expired(StaffSessionExpiredException ex, HttpServletRequest request) {
		signOut(request);
		return "redirect:" + ConsoleSecurityConfiguration.LOGIN + "?expired";
	}

	@ExceptionHandler(BackendUnavailableException.class)
	ModelAndView unavailable(BackendUnavailableException ex, HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal ConsoleUser user) {
		log.warn("Console page {} unavailable: {}", request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return page(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用",
				"后台服务（" + ex.service() + "）暂时没有响应，请稍后刷新重试。已填写但未保存的内容请先复制留存。", user, request);
	}

	@ExceptionHandler(ConsoleApiException.class)
	ModelAndView refused(ConsoleApiException ex, @AuthenticationPrincipal ConsoleUser user,
			HttpServletRequest request) {
		HttpStatus status = HttpStatus.resolve(ex.status());
		return page((status != null) ? status : HttpStatus.BAD_REQUEST, (ex.title() != null) ? ex.title() : "操作未被受理",
				ex.detail(), user, request);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView badRequest(Exception ex, @AuthenticationPrincipal ConsoleUser user, HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, "请求有误", "页面地址或表单中的参数有误，请从控制台页面重新进入。", user, request);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, @AuthenticationPrincipal ConsoleUser user) {
		log.error("Unexpected failure on console page {} (request {})", request.getRequestURI(),
				MDC.get(RequestIdFilter.MDC_KEY), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误", "处理您的请求时发生错误，请稍后再试；如问题持续，请将下方的请求编号告知系统管理员。", user,
				request);
	}

	static void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private ModelAndView page(HttpStatus status, String heading, String message, ConsoleUser user,
			HttpServletRequest request) {
		ModelAndView page = new ModelAndView("console/error", status);
		page.addAllObjects(this.site.attributes(request));
		page.addObject("status", status.value());
		page.addObject("heading", heading);
		page.addObject("message", message);
		page.addObject("requestId", MDC.get(RequestIdFilter.MDC_KEY));
		if (user != null) {
			page.addObject("user", user);
		}
		return page;
	}

}
