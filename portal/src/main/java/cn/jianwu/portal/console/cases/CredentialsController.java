package cn.jianwu.portal.console.cases;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.casequery.api.casefile.CaseStaffView;
import cn.jianwu.casequery.api.casefile.IssuedCredential;
import cn.jianwu.casequery.api.casefile.ReissuedCredential;
import cn.jianwu.casequery.api.casefile.RevokeRequest;
import cn.jianwu.casequery.api.casefile.RevokedCredential;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Re-issues or revokes an authorised person's query credential, e.g. when the slip with
 * the code was lost or the person is no longer authorised. A new code is shown this once.
 */
@Controller
class CredentialsController {

	private static final Logger log = LoggerFactory.getLogger(CredentialsController.class);

	private final StaffApiClient cases;

	CredentialsController(ConsoleServices services) {
		this.cases = services.caseQuery();
	}

	@PostMapping("/console/cases/credentials/reissue")
	String reissue(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, @RequestParam long person,
			Model model) {
		CasePages.requireCaseManager(user);
		ReissuedCredential code = this.cases.post(user, null, ReissuedCredential.class,
				"/api/cases/{number}/persons/{person}/credential", number, person);
		log.info("Credential re-issued from the console by {} for person {}", user.username(), person);
		CaseStaffView caseFile = this.cases.get(user, CaseStaffView.class, "/api/cases/{number}", number);
		CaseStaffView.Person holder = caseFile.person(person);
		model.addAttribute("issued",
				List.of(new IssuedCredential(number, person, (holder != null) ? holder.role() : null,
						(holder != null) ? holder.name() : "", (holder != null) ? holder.idLast4() : "",
						code.credentialId(), code.queryCode())));
		model.addAttribute("notice", "已重新签发查询码，原查询码已作废。新查询码只显示这一次，请当面告知本人。");
		return CasePages.caseFile(model, caseFile);
	}

	@PostMapping("/console/cases/credentials/revoke")
	String revoke(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, @RequestParam long person,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		CasePages.requireCaseManager(user);
		try {
			RevokedCredential revoked = this.cases.post(user, new RevokeRequest(FormDates.text(reason)),
					RevokedCredential.class, "/api/cases/{number}/persons/{person}/credential/revoke", number, person);
			redirect.addFlashAttribute("notice", revoked.revoked() ? "查询码已撤销，该人员无法再查询本案。" : "该人员没有有效的查询码，无需撤销。");
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		redirect.addAttribute("number", number);
		return "redirect:/console/cases/view";
	}

}
