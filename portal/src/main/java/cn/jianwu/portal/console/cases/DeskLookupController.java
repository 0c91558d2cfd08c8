package cn.jianwu.portal.console.cases;

import cn.jianwu.casequery.api.desk.DeskAnswer;
import cn.jianwu.casequery.api.desk.DeskQueryRequest;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk lookup (案管窗口查询) for a visitor whose ID card the officer checked in person:
 * case-query-service audits it, found or not, and says whether the visitor's last four
 * match an authorised person.
 */
@Controller
class DeskLookupController {

	private final StaffApiClient cases;

	DeskLookupController(ConsoleServices services) {
		this.cases = services.caseQuery();
	}

	@PostMapping("/console/cases/desk-query")
	String desk(@AuthenticationPrincipal ConsoleUser user, @RequestParam String caseNumber,
			@RequestParam String visitorIdLast4, Model model) {
		CasePages.requireCaseManager(user);
		try {
			model.addAttribute("desk", this.cases.post(user, new DeskQueryRequest(caseNumber, visitorIdLast4),
					DeskAnswer.class, "/api/cases/desk-query"));
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("deskProblem", (ex.status() == 404) ? "未找到该案件（本次查询已记入审计）。" : ex.detail());
		}
		model.addAttribute("deskNumber", caseNumber);
		return CasePages.home(model);
	}

}
