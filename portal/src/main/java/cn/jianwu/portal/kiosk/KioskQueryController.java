package cn.jianwu.portal.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.casequery.CaseQueryClient;
import cn.jianwu.portal.casequery.CaseQueryForm;
import cn.jianwu.portal.casequery.CaseQueryOutcome;
import cn.jianwu.portal.casequery.CaseQueryView;
import cn.jianwu.portal.casequery.RightsNotices;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kiosk's 案件查询 (触摸屏自助查询): an on-screen keypad for the 12-digit query code and then
 * the last four characters of the ID number, the answer in large type with the notices of
 * rights and duties of the case's stage, and back to the kiosk's home after a minute
 * without a touch ({@code js/kiosk.js}). The form is sent on the server to
 * case-query-service as channel {@code KIOSK}.
 */
@Controller
class KioskQueryController {

	/** The keypad and the answer (the template kept its name from the kiosk's start). */
	private static final String PAGE = "kiosk";

	private final CaseQueryClient client;

	private final RightsNotices notices;

	private final InstitutionProperties institution;

	KioskQueryController(CaseQueryClient client, RightsNotices notices, InstitutionProperties institution) {
		this.client = client;
		this.notices = notices;
		this.institution = institution;
	}

	@GetMapping("/kiosk/query")
	String start() {
		return PAGE;
	}

	@PostMapping("/kiosk/query")
	String query(@RequestParam(required = false) String queryCode, @RequestParam(required = false) String idLast4,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		CaseQueryForm form = CaseQueryForm.of(queryCode, idLast4);
		if (!form.valid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("failure", String.join("", form.errors().values()));
			return PAGE;
		}
		CaseQueryOutcome outcome = this.client.query(form, QueryChannel.KIOSK, request);
		switch (outcome.kind()) {
			case FOUND -> {
				CaseQueryView result = CaseQueryView.of(outcome.information(), this.institution);
				model.addAttribute("result", result);
				model.addAttribute("notices", KioskPaths.notices(this.notices.forStage(result.stage())));
			}
			case THROTTLED -> response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			case UNAVAILABLE -> response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			default -> {
			}
		}
		if (outcome.kind() != CaseQueryOutcome.Kind.FOUND) {
			model.addAttribute("failure", outcome.message());
		}
		return PAGE;
	}

}
