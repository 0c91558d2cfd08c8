package cn.jianwu.portal.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.portal.casequery.CaseQueryClient;
import cn.jianwu.portal.casequery.CaseQueryForm;
import cn.jianwu.portal.casequery.CaseQueryOutcome;
import cn.jianwu.portal.casequery.CaseQueryView;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.site.PortalProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service-hall kiosk (触摸屏自助查询): an on-screen keypad for the 12-digit query code and
 * then the last four characters of the ID number, the answer in large type, and back to
 * an empty start after a minute without a touch ({@code js/kiosk.js}). The form is sent
 * on the server to case-query-service as channel {@code KIOSK}.
 */
@Controller
class KioskController {

	private final CaseQueryClient client;

	private final InstitutionProperties institution;

	private final PortalProperties properties;

	KioskController(CaseQueryClient client, InstitutionProperties institution, PortalProperties properties) {
		this.client = client;
		this.institution = institution;
		this.properties = properties;
	}

	@GetMapping("/kiosk")
	String start(Model model) {
		model.addAttribute("idleSeconds", this.properties.kioskIdleTimeout().toSeconds());
		return "kiosk";
	}

	@PostMapping("/kiosk")
	String query(@RequestParam(required = false) String queryCode, @RequestParam(required = false) String idLast4,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("idleSeconds", this.properties.kioskIdleTimeout().toSeconds());
		CaseQueryForm form = CaseQueryForm.of(queryCode, idLast4);
		if (!form.valid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("failure", String.join("", form.errors().values()));
			return "kiosk";
		}
		CaseQueryOutcome outcome = this.client.query(form, QueryChannel.KIOSK, request);
		switch (outcome.kind()) {
			case FOUND -> model.addAttribute("result", CaseQueryView.of(outcome.information(), this.institution));
			case THROTTLED -> response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			case UNAVAILABLE -> response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			default -> {
			}
		}
		if (outcome.kind() != CaseQueryOutcome.Kind.FOUND) {
			model.addAttribute("failure", outcome.message());
		}
		return "kiosk";
	}

}
