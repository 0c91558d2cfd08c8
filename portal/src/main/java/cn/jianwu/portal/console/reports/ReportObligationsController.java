package cn.jianwu.portal.console.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.reports.api.obligation.DutyState;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationRequest;
import cn.jianwu.reports.api.obligation.ObligationView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The obligations in the console: 我的公开任务 (the member's department's duties, with a link
 * to draft the item that meets each), 逾期公开任务 (the office and the supervision group),
 * 公开任务登记 (the register; ADMIN and SUPERVISOR change it) and 考核 (the score sheet with its
 * CSV and XLSX). Who may see what is report-service's decision: a refusal comes back as
 * its Chinese explanation.
 */
@Controller
class ReportObligationsController {

	private static final Logger log = LoggerFactory.getLogger(ReportObligationsController.class);

	private final ReportObligationsApi api;

	private final Clock clock;

	private final InstitutionProperties institution;

	ReportObligationsController(ReportObligationsApi api, InstitutionProperties institution) {
		this.api = api;
		this.clock = Clock.systemUTC();
		this.institution = institution;
	}

	@GetMapping("/console/reports/tasks")
	String tasks(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("duties", this.api.mine(user));
		model.addAttribute("reminders", this.api.reminders(user));
		model.addAttribute("overdue", DutyState.OVERDUE);
		return "console/reports/obligations/tasks";
	}

	@GetMapping("/console/reports/overdue")
	String overdue(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("duties", this.api.overdue(user));
		return "console/reports/obligations/overdue";
	}

	@GetMapping("/console/reports/obligations")
	String register(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String edit,
			Model model) {
		List<ObligationView> register = this.api.register(user);
		ReportObligationForm form = register.stream()
			.filter((obligation) -> obligation.id().equals(edit))
			.findFirst()
			.map(ReportObligationForm::of)
			.orElse(ReportObligationForm.blank());
		return registerPage(user, model, register, form, ReportObligationForm.noErrors());
	}

	@PostMapping("/console/reports/obligations")
	String save(@AuthenticationPrincipal ConsoleUser user, ReportObligationForm form, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = ReportObligationForm.noErrors();
		ObligationRequest request = form.request(errors);
		try {
			if (request != null) {
				boolean isNew = form.id() == null || form.id().isBlank();
				ObligationView saved = isNew ? this.api.create(user, request)
						: this.api.update(user, form.id(), request);
				log.info("Obligation {} {} from the console by {}", saved.id(), isNew ? "entered" : "changed",
						user.username());
				redirect.addFlashAttribute("notice", isNew ? "公开任务已登记。" : "公开任务已修改。");
				return "redirect:/console/reports/obligations";
			}
			model.addAttribute("problem", "表单中有内容需要更正。");
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("problem", ex.detail());
		}
		return registerPage(user, model, this.api.register(user), form, errors);
	}

	@GetMapping("/console/reports/scores")
	String scores(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int thisYear = LocalDate.now(this.clock.withZone(this.institution.zone())).getYear();
		int shown = (year != null) ? year : thisYear;
		model.addAttribute("sheet", this.api.scores(user, shown));
		model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2));
		return "console/reports/obligations/scores";
	}

	/** The score sheet as report-service makes it (CSV with BOM, or XLSX). */
	@GetMapping("/console/reports/scores/{year}.{extension:csv|xlsx}")
	ResponseEntity<byte[]> scoreFile(@AuthenticationPrincipal ConsoleUser user, @PathVariable int year,
			@PathVariable String extension) {
		StaffApiClient.Download file = this.api.scoreFile(user, year, extension);
		log.info("Score sheet {} exported as {} from the console by {}", year, extension, user.username());
		MediaType fallback = "xlsx".equals(extension) ? ReportObligationsApi.XLSX
				: new MediaType(ReportObligationsApi.CSV, StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType((file.contentType() != null) ? MediaType.parseMediaType(file.contentType()) : fallback)
			.header(HttpHeaders.CONTENT_DISPOSITION, (file.contentDisposition() != null) ? file.contentDisposition()
					: ContentDisposition.attachment().filename("scores-" + year + "." + extension).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.body());
	}

	private String registerPage(ConsoleUser user, Model model, List<ObligationView> register, ReportObligationForm form,
			Map<String, String> errors) {
		model.addAttribute("register", register);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editor", user.hasAny(StaffRole.ADMIN.name(), StaffRole.SUPERVISOR.name()));
		model.addAttribute("categories", Category.values());
		model.addAttribute("subKinds", SubKind.values());
		model.addAttribute("frequencies", Frequency.values());
		return "console/reports/obligations/register";
	}

}
