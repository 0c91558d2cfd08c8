package cn.jianwu.portal.console.cases;

import java.util.List;

import cn.jianwu.casequery.api.alert.LockoutAlert;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The lock-out alerts of case-query-service for the case-management department: query
 * codes locked again and again, so that the desk can reach the person (by case number;
 * the code is never shown).
 */
@Controller
class LockoutAlertsController {

	private final StaffApiClient cases;

	LockoutAlertsController(ConsoleServices services) {
		this.cases = services.caseQuery();
	}

	@GetMapping("/console/cases/alerts")
	String alerts(@AuthenticationPrincipal ConsoleUser user, Model model) {
		CasePages.requireCaseManager(user);
		LockoutAlert[] alerts = this.cases.get(user, LockoutAlert[].class, "/api/cases/alerts");
		model.addAttribute("alerts", (alerts != null) ? List.of(alerts) : List.of());
		return "console/case-alerts";
	}

}
