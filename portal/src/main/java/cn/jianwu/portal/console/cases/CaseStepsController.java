package cn.jianwu.portal.console.cases;

import cn.jianwu.casequery.api.casefile.EventOutcome;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records a procedural step of a case (case-query-service emits {@code case.progress},
 * which channel-wechat turns into notices to the persons who bound the case).
 */
@Controller
class CaseStepsController {

	private final StaffApiClient cases;

	CaseStepsController(ConsoleServices services) {
		this.cases = services.caseQuery();
	}

	@PostMapping("/console/cases/events")
	String event(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, @RequestParam String stage,
			@RequestParam(required = false) String date, @RequestParam(required = false) String deadline,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		CasePages.requireCaseManager(user);
		try {
			ProceduralEventRequest request = new ProceduralEventRequest(stage, FormDates.parse(date, "日期"),
					FormDates.parse(deadline, "办理期限"), FormDates.text(note));
			this.cases.post(user, request, EventOutcome.class, "/api/cases/{number}/events", number);
			redirect.addFlashAttribute("notice", "已登记程序性事项“" + stage + "”。");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		redirect.addAttribute("number", number);
		return "redirect:/console/cases/view";
	}

}
