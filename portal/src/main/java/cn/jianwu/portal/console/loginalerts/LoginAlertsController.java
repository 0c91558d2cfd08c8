package cn.jianwu.portal.console.loginalerts;

import java.util.List;

import cn.jianwu.disclosure.api.identity.LoginAlertView;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Repeated failed logins of staff accounts (ADMIN): disclosure-service's alerts, so that
 * administrators notice someone trying passwords on an account (no account is locked by
 * it, the failing client is slowed down).
 */
@Controller
class LoginAlertsController {

	private static final ParameterizedTypeReference<List<LoginAlertView>> ALERTS = new ParameterizedTypeReference<>() {
	};

	private final StaffApiClient disclosure;

	LoginAlertsController(ConsoleServices services) {
		this.disclosure = services.disclosure();
	}

	@GetMapping("/console/login-alerts")
	String alerts(@AuthenticationPrincipal ConsoleUser user, Model model) {
		if (!user.admin()) {
			throw new ConsoleApiException(403, "forbidden", "无权限", "只有系统管理员可以查看登录异常告警。", List.of());
		}
		model.addAttribute("alerts", this.disclosure.get(user, ALERTS, LoginAlertView.PATH));
		return "console/login-alerts";
	}

}
