package cn.jianwu.disclosure.identity;

import java.util.List;

import cn.jianwu.disclosure.api.identity.LoginAlertView;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets administrators see which staff accounts someone has been trying to log in to. */
@RestController
@ConditionalOnBooleanProperty(name = "jianwu.identity.enabled", matchIfMissing = true)
class LoginAlertController {

	private final LoginAlerts alerts;

	LoginAlertController(LoginAlerts alerts) {
		this.alerts = alerts;
	}

	/** The most recent alerts, newest first. */
	@GetMapping(LoginAlertView.PATH)
	@PreAuthorize("hasRole('ADMIN')")
	List<LoginAlertView> recent() {
		return this.alerts.recent();
	}

}
