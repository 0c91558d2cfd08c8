package cn.jianwu.portal.console.cases;

import java.util.List;
import java.util.Map;

import cn.jianwu.casequery.api.casefile.CaseStaffView;
import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;

import org.springframework.ui.Model;

/**
 * The two pages of case management, with what their forms offer: the stages and roles of
 * case-query-api, each shown by its label.
 */
final class CasePages {

	/** The case-management home: find, register, look up at the desk, import. */
	static final String HOME = "console/cases";

	/** One case: its persons and their codes, its steps. */
	static final String CASE = "console/case";

	private CasePages() {
	}

	/** Only the case-management department keeps cases and credentials. */
	static void requireCaseManager(ConsoleUser user) {
		if (!user.casesManager()) {
			throw new ConsoleApiException(403, "forbidden", "无权限", "只有案件管理部门可以管理案件和查询授权。", List.of());
		}
	}

	/** The home page; a new-case form is added unless the model has one. */
	static String home(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CaseForm());
		}
		model.addAttribute("roles", PersonRole.values());
		model.addAttribute("stages", CaseStage.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return HOME;
	}

	/** A case's page. */
	static String caseFile(Model model, CaseStaffView caseFile) {
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("stages", CaseStage.values());
		return CASE;
	}

}
