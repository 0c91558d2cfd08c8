package cn.jianwu.portal.console.cases;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.casequery.api.casefile.CaseStaffView;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.UpsertOutcome;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Case management for the case-management department ({@code CASE_MANAGER}), on
 * case-query-service's staff API: find a case and register a new one with its authorised
 * persons, each of whom gets a query code shown once. Steps, credentials, the desk lookup
 * and the import have controllers of their own. Query codes and full ID numbers are never
 * stored by the portal nor shown again after the answer that issued them.
 */
@Controller
class CasesController {

	private static final Logger log = LoggerFactory.getLogger(CasesController.class);

	private final StaffApiClient cases;

	CasesController(ConsoleServices services) {
		this.cases = services.caseQuery();
	}

	@GetMapping("/console/cases")
	String home(@AuthenticationPrincipal ConsoleUser user, Model model) {
		CasePages.requireCaseManager(user);
		return CasePages.home(model);
	}

	@GetMapping("/console/cases/view")
	String view(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, Model model) {
		CasePages.requireCaseManager(user);
		try {
			return CasePages.caseFile(model,
					this.cases.get(user, CaseStaffView.class, "/api/cases/{number}", number.strip()));
		}
		catch (ConsoleApiException ex) {
			if (ex.status() == 404) {
				model.addAttribute("problem", "未找到案号为“" + number.strip() + "”的案件，请核对案号（含〔〕和年份）。");
				return CasePages.home(model);
			}
			throw ex;
		}
	}

	@PostMapping("/console/cases")
	String create(@AuthenticationPrincipal ConsoleUser user, CaseForm form, Model model) {
		CasePages.requireCaseManager(user);
		Map<String, String> errors = new LinkedHashMap<>();
		String number = (form.getCaseNumber() != null) ? form.getCaseNumber().strip() : "";
		if (number.isEmpty()) {
			errors.put("caseNumber", "请填写案号");
		}
		else if (exists(user, number)) {
			errors.put("caseNumber", "案号“" + number + "”已登记。修改已有案件会替换其全部授权人员，请在案件页面登记程序性事项或通过批量导入更新。");
		}
		CaseUpsertRequest request = null;
		if (errors.isEmpty()) {
			try {
				request = form.request();
			}
			catch (IllegalArgumentException ex) {
				errors.put("general", ex.getMessage());
			}
		}
		model.addAttribute("form", form);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return CasePages.home(model);
		}
		try {
			UpsertOutcome outcome = this.cases.put(user, request, UpsertOutcome.class, "/api/cases/{number}", number);
			log.info("Case registered from the console by {} with {} credentials", user.username(),
					outcome.issuedCredentials().size());
			model.addAttribute("issued", outcome.issuedCredentials());
			model.addAttribute("notice", "案件已登记。请将下列查询码当面告知对应人员：查询码只显示这一次。");
			return CasePages.caseFile(model, outcome.caseView());
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("errors", ex.errorsByField());
			return CasePages.home(model);
		}
	}

	private boolean exists(ConsoleUser user, String number) {
		try {
			this.cases.get(user, CaseStaffView.class, "/api/cases/{number}", number);
			return true;
		}
		catch (ConsoleApiException ex) {
			if (ex.status() == 404) {
				return false;
			}
			throw ex;
		}
	}

}
