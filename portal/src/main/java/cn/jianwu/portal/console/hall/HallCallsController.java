package cn.jianwu.portal.console.hall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.hall.api.call.CallRequest;
import cn.jianwu.hall.api.call.CallResultsRequest;
import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Open calls for opinions (意见征集) in the console: the calls with their responses, a form
 * to open one (its announcement goes through the approval chain as a disclosure item), a
 * call's responses, and the results form once it has closed.
 */
@Controller
class HallCallsController {

	private static final Logger log = LoggerFactory.getLogger(HallCallsController.class);

	private static final int RESPONSES_PAGE = 50;

	private final HallStaffApi api;

	private final InstitutionProperties institution;

	HallCallsController(HallStaffApi api, InstitutionProperties institution) {
		this.api = api;
		this.institution = institution;
	}

	@GetMapping("/console/hall/calls")
	String calls(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("calls", this.api.calls(user));
		if (!model.containsAttribute("callForm")) {
			model.addAttribute("callForm", new CallForm(null, null, null, null, null));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "console/hall/calls";
	}

	@PostMapping("/console/hall/calls")
	String open(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @RequestParam(required = false) String opensAt,
			@RequestParam(required = false) String closesAt, @RequestParam(required = false) String questions,
			Model model, RedirectAttributes redirect) {
		CallForm form = new CallForm(title, body, opensAt, closesAt, questions);
		try {
			CallView call = this.api.open(user, form.request(this.institution));
			log.info("Call {} opened from the console by {}", call.id(), user.username());
			redirect.addFlashAttribute("notice", "意见征集已创建，征集公告已提交审批，审批发布后即在各渠道公开。");
			return "redirect:/console/hall/calls/" + call.id();
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("callForm", form);
			model.addAttribute("errors", ex.errorsByField());
			model.addAttribute("problem", ex.detail());
			return calls(user, model);
		}
	}

	@GetMapping("/console/hall/calls/{id}")
	String call(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
		CallView call = this.api.call(user, id);
		model.addAttribute("call", call);
		model.addAttribute("responses", this.api.responses(user, id, 0, RESPONSES_PAGE));
		model.addAttribute("resultsDue", call.state() == CallState.CLOSED);
		return "console/hall/call";
	}

	@PostMapping("/console/hall/calls/{id}/results")
	String results(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String adopted,
			RedirectAttributes redirect) {
		try {
			this.api.publishResults(user, id, new CallResultsRequest(summary, adopted));
			log.info("Results of call {} sent from the console by {}", id, user.username());
			redirect.addFlashAttribute("notice", "征集结果已提交，结果公告经审批发布后公开。");
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
			redirect.addFlashAttribute("typedSummary", summary);
			redirect.addFlashAttribute("typedAdopted", adopted);
		}
		return "redirect:/console/hall/calls/" + id;
	}

	/**
	 * A new call as typed: the times as the browser's {@code datetime-local} gives them,
	 * in the institution's zone; the questions one per line.
	 */
	record CallForm(String title, String body, String opensAt, String closesAt, String questions) {

		CallRequest request(InstitutionProperties institution) {
			List<String> asked = (this.questions != null)
					? Arrays.stream(this.questions.split("\\R")).map(String::strip).filter((q) -> !q.isEmpty()).toList()
					: List.of();
			return new CallRequest(this.title, this.body, instant(this.opensAt, institution),
					instant(this.closesAt, institution), asked);
		}

		private static Instant instant(String typed, InstitutionProperties institution) {
			if (typed == null || typed.isBlank()) {
				return null;
			}
			try {
				return LocalDateTime.parse(typed.strip()).atZone(institution.zone()).toInstant();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

}
