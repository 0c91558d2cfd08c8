package cn.jianwu.portal.console.reports.archive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.archive.ArchiveVolume;
import cn.jianwu.reports.api.archive.SealRequest;
import cn.jianwu.reports.api.archive.VerificationProblem;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 立卷归档 in the console: the sealed volumes by quarter and department (every version),
 * sealing a past quarter, downloading a volume's ZIP (streamed through) and checking it
 * again. report-service decides who may do what; a refusal is shown on the page.
 */
@Controller
class ReportArchiveConsoleController {

	private static final Logger log = LoggerFactory.getLogger(ReportArchiveConsoleController.class);

	/** How many past quarters the forms offer. */
	private static final int QUARTERS_OFFERED = 12;

	private final ReportArchiveStaffApi api;

	private final InstitutionProperties institution;

	private final Clock clock = Clock.systemUTC();

	ReportArchiveConsoleController(ReportArchiveStaffApi api, InstitutionProperties institution) {
		this.api = api;
		this.institution = institution;
	}

	@GetMapping("/console/reports/archives")
	String volumes(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String department, Model model) {
		Quarter chosen = null;
		if (StringUtils.hasText(quarter)) {
			try {
				chosen = Quarter.parse(quarter);
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("problem", ex.getMessage());
			}
		}
		String wanted = StringUtils.hasText(department) ? department.trim() : null;
		model.addAttribute("quarters", pastQuarters());
		model.addAttribute("chosenQuarter", (chosen != null) ? chosen.toString() : "");
		model.addAttribute("chosenDepartment", (wanted != null) ? wanted : "");
		try {
			model.addAttribute("volumes", this.api.volumes(user, chosen, wanted));
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("volumes", List.of());
			model.addAttribute("problem", ex.detail());
		}
		return "console/reports/archive/archives";
	}

	@PostMapping("/console/reports/archives")
	String seal(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String department, RedirectAttributes redirect) {
		try {
			Quarter chosen = Quarter.parse(quarter);
			List<ArchiveVolume> sealed = this.api.seal(user,
					new SealRequest(chosen, StringUtils.hasText(department) ? department.trim() : null));
			log.info("{} volumes of {} sealed from the console by {}", sealed.size(), chosen, user.username());
			redirect.addFlashAttribute("notice",
					sealed.isEmpty() ? chosen.label() + "没有发布公开事项的部门，无需立卷。"
							: "已立卷：" + sealed.stream()
								.map((volume) -> volume.department() + "第" + volume.version() + "版")
								.collect(Collectors.joining("、")) + "（内容未变化的卷宗沿用原版本）。");
			redirect.addAttribute("quarter", chosen.toString());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		return "redirect:/console/reports/archives";
	}

	@GetMapping("/console/reports/archives/{id}/verification")
	String verification(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("volume", this.api.volume(user, id));
		model.addAttribute("verification", this.api.verify(user, id));
		model.addAttribute("kinds", VerificationProblem.Kind.values());
		return "console/reports/archive/verification";
	}

	/** The volume's ZIP, passed through as report-service streams it. */
	@GetMapping("/console/reports/archives/{id}/download")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id) {
		// asked first, so that a refusal is a page rather than a broken download
		ArchiveVolume volume = this.api.volume(user, id);
		log.info("Volume {} downloaded from the console by {}", id, user.username());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(volume.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(volume.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body((out) -> this.api.download(user, id, out));
	}

	/** The quarters that are over, newest first. */
	private List<Quarter> pastQuarters() {
		Quarter quarter = Quarter.of(LocalDate.now(this.clock.withZone(this.institution.zone()))).previous();
		List<Quarter> quarters = new ArrayList<>();
		for (int i = 0; i < QUARTERS_OFFERED; i++) {
			quarters.add(quarter);
			quarter = quarter.previous();
		}
		return quarters;
	}

}
