package cn.jianwu.portal.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's sign-in page; the form posts to Spring Security's login. */
@Controller
class ConsoleLoginController {

	@GetMapping(ConsoleSecurityConfiguration.LOGIN)
	String login(HttpServletRequest request, Model model, @AuthenticationPrincipal ConsoleUser user) {
		if (user != null) {
			return "redirect:/console";
		}
		String message = null;
		String tone = "info";
		HttpSession session = request.getSession(false);
		if (request.getParameter("error") != null) {
			message = "用户名或密码错误。多次输错后，需等待一段时间才能再次尝试。";
			tone = "error";
		}
		else if (request.getParameter("throttled") != null) {
			Object detail = (session != null) ? session.getAttribute(ConsoleSecurityConfiguration.THROTTLED) : null;
			message = (detail != null) ? detail.toString() : "登录失败次数过多，请稍后再试。";
			tone = "error";
		}
		else if (request.getParameter("unavailable") != null) {
			message = "登录服务暂时不可用，请稍后再试。";
			tone = "error";
		}
		else if (request.getParameter("expired") != null) {
			message = "登录已过期，请重新登录。";
		}
		else if (request.getParameter("logout") != null) {
			message = "您已安全退出。";
		}
		Object lastUsername = (session != null) ? session.getAttribute(ConsoleSecurityConfiguration.LAST_USERNAME)
				: null;
		model.addAttribute("message", message);
		model.addAttribute("tone", tone);
		model.addAttribute("username", (lastUsername != null) ? lastUsername : "");
		return "console/login";
	}

}
