package cn.jianwu.casequery.alert;

import java.util.List;

import cn.jianwu.casequery.api.alert.LockoutAlert;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The lock-out alerts, newest first, for the console of case management. */
@RestController
class LockoutAlertController {

	private final LockoutAlerts alerts;

	LockoutAlertController(LockoutAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/api/cases/alerts")
	List<LockoutAlert> alerts() {
		return this.alerts.newest();
	}

}
