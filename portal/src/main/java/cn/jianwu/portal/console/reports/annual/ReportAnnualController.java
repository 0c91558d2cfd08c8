package cn.jianwu.portal.console.reports.annual;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.reports.api.annual.AnnualTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * 年度报告 in the console: the office generates the year's report on disclosure work, writes
 * its sections, previews the tables and submits it for approval (it then follows its
 * disclosure item); the chief, division leaders and the supervision group read it.
 * report-service decides who may do what; this page shows its answers.
 */
@Controller
class ReportAnnualController {

	private static final Logger log = LoggerFactory.getLogger(ReportAnnualController.class);

	private static final String PAGE = "/console/reports/annual";

	private final ReportAnnualApi api;

	private final ZoneId zone;

	ReportAnnualController(ReportAnnualApi api, InstitutionProperties institution) {
		this.api = api;
		this.zone = institution.zone();
	}

	@GetMapping(PAGE)
	String report(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.zone).getYear();
		model.addAttribute("year", shown);
		try {
			Optional<AnnualReportView> report = this.api.report(user, shown);
			model.addAttribute("report", report.orElse(null));
			model.addAttribute("itemStatus",
					report.map(AnnualReportView::itemStatus)
						.flatMap(ReportAnnualController::itemStatusLabel)
						.orElse(null));
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("problem", ex.detail());
			model.addAttribute("report", null);
		}
		return "console/reports/annual/annual";
	}

	@PostMapping(PAGE + "/{year}/generate")
	String generate(@AuthenticationPrincipal ConsoleUser user, @PathVariable int year, RedirectAttributes redirect) {
		return step(user, year, "generate", redirect, () -> {
			this.api.generate(user, year);
			return "已按本年度最新数据生成报告草稿，办公室填写的内容保持不变。";
		});
	}

	@PostMapping(PAGE + "/{year}/texts")
	String texts(@AuthenticationPrincipal ConsoleUser user, @PathVariable int year,
			@RequestParam(required = false) String overview, @RequestParam(required = false) String reviews,
			@RequestParam(required = false) String problems, @RequestParam(required = false) String otherMatters,
			@RequestParam long version, RedirectAttributes redirect) {
		return step(user, year, "edit", redirect, () -> {
			this.api.edit(user, year, new AnnualTexts(overview, reviews, problems, otherMatters, version));
			return "已保存。";
		});
	}

	@PostMapping(PAGE + "/{year}/submit")
	String submit(@AuthenticationPrincipal ConsoleUser user, @PathVariable int year, RedirectAttributes redirect) {
		return step(user, year, "submit", redirect, () -> {
			this.api.submit(user, year);
			return "年度报告已作为公开事项提交审批（重要事项，报检察长审批），批准后在各公开渠道发布。";
		});
	}

	@GetMapping(PAGE + "/{year}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ConsoleUser user, @PathVariable int year) {
		StaffApiClient.Download file = this.api.pdf(user, year);
		String disposition = (file.contentDisposition() != null) ? file.contentDisposition()
				: ContentDisposition.attachment().filename("annual-report-" + year + ".pdf").build().toString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.body());
	}

	/** disclosure-service's status of the report's item, in its words. */
	private static Optional<String> itemStatusLabel(String status) {
		try {
			return Optional.of(ItemStatus.valueOf(status).label());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String step(ConsoleUser user, int year, String step, RedirectAttributes redirect, Step action) {
		try {
			redirect.addFlashAttribute("notice", action.take());
			log.info("Annual report {}: {} from the console by {}", year, step, user.username());
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		return "redirect:" + PAGE + "?year=" + year;
	}

	@FunctionalInterface
	private interface Step {

		String take();

	}

}
