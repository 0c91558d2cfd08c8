package cn.jianwu.portal.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's frame shows: who is signed in, and what they may open. */
@ControllerAdvice(basePackages = "cn.jianwu.portal.console")
class ConsoleModel {

	@ModelAttribute
	void frame(@AuthenticationPrincipal ConsoleUser user, Model model) {
		if (user != null) {
			model.addAttribute("user", user);
		}
	}

}
