package cn.jianwu.portal.console.reports.inspection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.Category;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.reports.api.inspection.FindingsRequest;
import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionStatus;
import cn.jianwu.reports.api.inspection.InspectionView;
import cn.jianwu.reports.api.inspection.RectificationDemand;

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
 * 半年检查 in the console: the supervision group's half-yearly inspection reports — the list,
 * a draft generated for a half-year, its figures with charts, the group's findings and
 * rectification demands, the sign-off and the PDF. report-service decides who may do
 * what; the page only hides the buttons a member cannot use.
 */
@Controller
class ReportInspectionController {

	private static final Logger log = LoggerFactory.getLogger(ReportInspectionController.class);

	/** Blank demand lines offered under the existing ones. */
	static final int BLANK_DEMANDS = 3;

	private final ReportInspectionApi api;

	private final ZoneId zone;

	ReportInspectionController(ReportInspectionApi api, InstitutionProperties institution) {
		this.api = api;
		this.zone = institution.zone();
	}

	@GetMapping("/console/reports/inspections")
	String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("reports", this.api.reports(user));
		HalfYear current = HalfYear.of(LocalDate.now(this.zone));
		model.addAttribute("halves", List.of(current.previous(), current, current.previous().previous()));
		model.addAttribute("writer", writer(user));
		return "console/reports/inspection/list";
	}

	@PostMapping("/console/reports/inspections")
	String generate(@AuthenticationPrincipal ConsoleUser user, @RequestParam String half, RedirectAttributes redirect) {
		HalfYear period;
		try {
			period = HalfYear.parse(half);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/console/reports/inspections";
		}
		try {
			InspectionView report = this.api.generate(user, period);
			log.info("Inspection report {} generated from the console by {}", report.id(), user.username());
			redirect.addFlashAttribute("notice", "已根据最新数据生成" + report.title() + "（草稿）。");
			return "redirect:/console/reports/inspections/" + report.id();
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
			return "redirect:/console/reports/inspections";
		}
	}

	@GetMapping("/console/reports/inspections/{id}")
	String report(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
		InspectionView report = this.api.report(user, id);
		boolean draft = report.status() == InspectionStatus.DRAFT;
		model.addAttribute("report", report);
		model.addAttribute("charts", ReportInspectionCharts.of(report.figures()));
		model.addAttribute("editable", draft && writer(user));
		model.addAttribute("signable", draft && user.has(StaffRole.SUPERVISOR.name()));
		model.addAttribute("categories", Category.values());
		List<RectificationDemand> lines = new ArrayList<>(report.demands());
		for (int i = 0; i < BLANK_DEMANDS; i++) {
			lines.add(new RectificationDemand("", "", null, null, null));
		}
		model.addAttribute("demandLines", lines);
		return "console/reports/inspection/report";
	}

	/**
	 * The findings and the demands, as the form lists them line by line; a line left
	 * blank is no demand.
	 */
	@PostMapping("/console/reports/inspections/{id}/findings")
	String findings(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@RequestParam(required = false) String findings,
			@RequestParam(name = "department", required = false) List<String> departments,
			@RequestParam(name = "title", required = false) List<String> titles,
			@RequestParam(name = "category", required = false) List<String> categories,
			@RequestParam(name = "due", required = false) List<String> dues, RedirectAttributes redirect) {
		List<RectificationDemand> demands;
		try {
			demands = ReportDemandLines.read(departments, titles, categories, dues);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/console/reports/inspections/" + id;
		}
		try {
			this.api.findings(user, id, new FindingsRequest(findings, demands));
			redirect.addFlashAttribute("notice", "检查意见和整改要求已保存。");
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/console/reports/inspections/" + id;
	}

	@PostMapping("/console/reports/inspections/{id}/sign-off")
	String signOff(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, RedirectAttributes redirect) {
		try {
			InspectionView report = this.api.signOff(user, id);
			log.info("Inspection report {} signed off from the console by {}", id, user.username());
			redirect.addFlashAttribute("notice", "检查报告已签发归档，" + report.demands().size() + "项整改要求已转为相关部门的公开任务。");
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/console/reports/inspections/" + id;
	}

	/** The PDF as report-service serves it: the archived one once signed off. */
	@GetMapping("/console/reports/inspections/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id) {
		StaffApiClient.Download pdf = this.api.pdf(user, id);
		String disposition = (pdf.contentDisposition() != null) ? pdf.contentDisposition()
				: ContentDisposition.attachment().filename("inspection-" + id + ".pdf").build().toString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf.body());
	}

	private static boolean writer(ConsoleUser user) {
		return user.hasAny(StaffRole.SUPERVISOR.name(), StaffRole.ADMIN.name());
	}

	private static String problem(ConsoleApiException ex) {
		List<String> fields = ex.fields().stream().map(ConsoleApiException.FieldProblem::message).toList();
		return fields.isEmpty() ? ex.detail() : String.join("；", fields);
	}

}
