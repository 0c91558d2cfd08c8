package cn.jianwu.portal.casequery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The web channel of the case procedural-information query (网上查询): a form, sent on the
 * server to case-query-service, and the answer as a page with the notices of rights and
 * duties for the case's stage. Nothing here is cached, and what was typed is never shown
 * again.
 */
@Controller
class CaseQueryController {

	private final CaseQueryClient client;

	private final InstitutionProperties institution;

	private final RightsNotices notices;

	CaseQueryController(CaseQueryClient client, InstitutionProperties institution, RightsNotices notices) {
		this.client = client;
		this.institution = institution;
		this.notices = notices;
	}

	@GetMapping("/case-query")
	String form(Model model) {
		model.addAttribute("columns", Column.values());
		return "case-query";
	}

	@PostMapping("/case-query")
	String query(@RequestParam(required = false) String queryCode, @RequestParam(required = false) String idLast4,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("columns", Column.values());
		CaseQueryForm form = CaseQueryForm.of(queryCode, idLast4);
		if (!form.valid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", form.errors());
			return "case-query";
		}
		CaseQueryOutcome outcome = this.client.query(form, QueryChannel.WEB, request);
		switch (outcome.kind()) {
			case FOUND -> {
				CaseQueryView result = CaseQueryView.of(outcome.information(), this.institution);
				model.addAttribute("result", result);
				model.addAttribute("notices", this.notices.forStage(result.stage()));
				return "case-query-result";
			}
			case THROTTLED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				if (outcome.retryAfterSeconds() > 0) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(outcome.retryAfterSeconds()));
				}
			}
			case UNAVAILABLE -> response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			default -> {
			}
		}
		model.addAttribute("failure", outcome.message());
		return "case-query";
	}

}
