package cn.jianwu.portal.console.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case management for the case-management department ({@code CASE_MANAGER}), on
 * case-query-service's staff API: find a case, register a new one with its authorised
 * persons (each gets a query code, shown once), record procedural steps, re-issue or
 * revoke a person's credential, look a case up at the desk for a visitor checked in
 * person, and import an export of the case system. Query codes and full ID numbers are
 * never stored by the portal nor shown again after the answer that issued them.
 */
@Controller
class CasesController {

	private static final Logger log = LoggerFactory.getLogger(CasesController.class);

	static final List<String> ROLES = List.of("PARTY", "LEGAL_REPRESENTATIVE", "CLOSE_RELATIVE", "DEFENDER", "AGENT");

	static final Map<String, String> ROLE_LABELS = Map.of("PARTY", "当事人", "LEGAL_REPRESENTATIVE", "法定代理人",
			"CLOSE_RELATIVE", "近亲属", "DEFENDER", "辩护人", "AGENT", "诉讼代理人");

	static final List<String> STAGES = List.of("受理", "审查逮捕", "批准逮捕", "不批准逮捕", "审查起诉", "退回补充侦查", "重新移送审查起诉", "延长审查起诉期限",
			"提起公诉", "不起诉", "抗诉", "办结");

	private final StaffApiClient cases;

	CasesController(ConsoleServices services) {
		this.cases = services.caseQuery();
	}

	@GetMapping("/console/cases")
	String home(@AuthenticationPrincipal ConsoleUser user, Model model) {
		requireCaseManager(user);
		model.addAttribute("form", new CaseForm());
		return page(model);
	}

	@GetMapping("/console/cases/view")
	String view(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, Model model) {
		requireCaseManager(user);
		try {
			model.addAttribute("caseFile", this.cases.get(user, CaseFile.class, "/api/cases/{number}", number.strip()));
		}
		catch (ConsoleApiException ex) {
			if (ex.status() == 404) {
				model.addAttribute("problem", "未找到案号为“" + number.strip() + "”的案件，请核对案号（含〔〕和年份）。");
				model.addAttribute("form", new CaseForm());
				return page(model);
			}
			throw ex;
		}
		model.addAttribute("stages", STAGES);
		return "console/case";
	}

	@PostMapping("/console/cases")
	String create(@AuthenticationPrincipal ConsoleUser user, CaseForm form, Model model) {
		requireCaseManager(user);
		Map<String, String> errors = new LinkedHashMap<>();
		String number = (form.getCaseNumber() != null) ? form.getCaseNumber().strip() : "";
		if (number.isEmpty()) {
			errors.put("caseNumber", "请填写案号");
		}
		else if (exists(user, number)) {
			errors.put("caseNumber", "案号“" + number + "”已登记。修改已有案件会替换其全部授权人员，请在案件页面登记程序性事项或通过批量导入更新。");
		}
		Map<String, Object> request = null;
		if (errors.isEmpty()) {
			try {
				request = form.request();
			}
			catch (IllegalArgumentException ex) {
				errors.put("general", ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			return page(model);
		}
		try {
			CaseFile.Upserted outcome = this.cases.put(user, request, CaseFile.Upserted.class, "/api/cases/{number}",
					number);
			log.info("Case registered from the console by {} with {} credentials", user.username(),
					outcome.issuedCredentials().size());
			model.addAttribute("caseFile", outcome.caseFile());
			model.addAttribute("issued", outcome.issuedCredentials());
			model.addAttribute("notice", "案件已登记。请将下列查询码当面告知对应人员：查询码只显示这一次。");
			model.addAttribute("stages", STAGES);
			return "console/case";
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", ex.errorsByField());
			return page(model);
		}
	}

	@PostMapping("/console/cases/events")
	String event(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, @RequestParam String stage,
			@RequestParam(required = false) String date, @RequestParam(required = false) String deadline,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		requireCaseManager(user);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("stage", stage);
		try {
			request.put("date", CaseForm.date(date, "日期"));
			request.put("stageDeadline", CaseForm.date(deadline, "办理期限"));
			request.put("note", (note != null && !note.isBlank()) ? note.strip() : null);
			this.cases.post(user, request, Map.class, "/api/cases/{number}/events", number);
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

	@PostMapping("/console/cases/credentials/reissue")
	String reissue(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, @RequestParam long person,
			Model model) {
		requireCaseManager(user);
		CaseFile.Reissued code = this.cases.post(user, Map.of(), CaseFile.Reissued.class,
				"/api/cases/{number}/persons/{person}/credential", number, person);
		log.info("Credential re-issued from the console by {} for person {}", user.username(), person);
		CaseFile caseFile = this.cases.get(user, CaseFile.class, "/api/cases/{number}", number);
		CaseFile.Person holder = caseFile.persons().stream().filter((p) -> p.id() == person).findFirst().orElse(null);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("issued",
				List.of(new CaseFile.Issued(number, person, (holder != null) ? holder.role() : null,
						(holder != null) ? holder.name() : "", (holder != null) ? holder.idLast4() : "",
						code.credentialId(), code.queryCode())));
		model.addAttribute("notice", "已重新签发查询码，原查询码已作废。新查询码只显示这一次，请当面告知本人。");
		model.addAttribute("stages", STAGES);
		return "console/case";
	}

	@PostMapping("/console/cases/credentials/revoke")
	String revoke(@AuthenticationPrincipal ConsoleUser user, @RequestParam String number, @RequestParam long person,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		requireCaseManager(user);
		try {
			Map<?, ?> revoked = this.cases.post(user,
					Map.of("reason", (reason != null && !reason.isBlank()) ? reason.strip() : "案管部门撤销"), Map.class,
					"/api/cases/{number}/persons/{person}/credential/revoke", number, person);
			redirect.addFlashAttribute("notice",
					Boolean.TRUE.equals(revoked.get("revoked")) ? "查询码已撤销，该人员无法再查询本案。" : "该人员没有有效的查询码，无需撤销。");
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		redirect.addAttribute("number", number);
		return "redirect:/console/cases/view";
	}

	@PostMapping("/console/cases/desk-query")
	String desk(@AuthenticationPrincipal ConsoleUser user, @RequestParam String caseNumber,
			@RequestParam String visitorIdLast4, Model model) {
		requireCaseManager(user);
		try {
			model.addAttribute("desk",
					this.cases.post(user,
							Map.of("caseNumber", caseNumber.strip(), "visitorIdLast4", visitorIdLast4.strip()),
							CaseFile.DeskAnswer.class, "/api/cases/desk-query"));
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("deskProblem", (ex.status() == 404) ? "未找到该案件（本次查询已记入审计）。" : ex.detail());
		}
		model.addAttribute("deskNumber", caseNumber);
		model.addAttribute("form", new CaseForm());
		return page(model);
	}

	@PostMapping("/console/cases/import")
	String importCases(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, @RequestParam(defaultValue = "false") boolean dryRun,
			Model model) throws java.io.IOException {
		requireCaseManager(user);
		String csv = (file != null && !file.isEmpty())
				? new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8) : text;
		model.addAttribute("form", new CaseForm());
		if (csv == null || csv.isBlank()) {
			model.addAttribute("importProblem", "请选择CSV文件或粘贴CSV内容。");
			return page(model);
		}
		try {
			CaseFile.ImportReport report = this.cases.postText(user, csv,
					new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), CaseFile.ImportReport.class,
					"/api/cases/import?dryRun={dryRun}", dryRun);
			model.addAttribute("report", report);
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("importProblem", ex.detail());
			model.addAttribute("importErrors", ex.fields());
		}
		return page(model);
	}

	private boolean exists(ConsoleUser user, String number) {
		try {
			this.cases.get(user, CaseFile.class, "/api/cases/{number}", number);
			return true;
		}
		catch (ConsoleApiException ex) {
			if (ex.status() == 404) {
				return false;
			}
			throw ex;
		}
	}

	private String page(Model model) {
		model.addAttribute("roles", ROLES);
		model.addAttribute("roleLabels", ROLE_LABELS);
		model.addAttribute("stages", STAGES);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "console/cases";
	}

	private static void requireCaseManager(ConsoleUser user) {
		if (!user.casesManager()) {
			throw new ConsoleApiException(403, "forbidden", "无权限", "只有案件管理部门可以管理案件和查询授权。", List.of());
		}
	}

	/** The new-case form: the case and up to three authorised persons. */
	public static class CaseForm {

		private String caseNumber;

		private String caseName;

		private String caseType;

		private String department;

		private String prosecutor;

		private String acceptedAt;

		private String stage = "受理";

		private String stageDate;

		private String stageDeadline;

		private List<PersonLine> persons = new ArrayList<>(
				List.of(new PersonLine(), new PersonLine(), new PersonLine()));

		Map<String, Object> request() {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("caseName", blank(this.caseName));
			request.put("caseType", blank(this.caseType));
			request.put("department", blank(this.department));
			request.put("prosecutor", blank(this.prosecutor));
			request.put("acceptedAt", date(this.acceptedAt, "受理日期"));
			request.put("stage", blank(this.stage));
			request.put("stageDate", date(this.stageDate, "阶段日期"));
			request.put("stageDeadline", date(this.stageDeadline, "办理期限"));
			List<Map<String, Object>> people = new ArrayList<>();
			for (PersonLine line : this.persons) {
				if (blank(line.getName()) == null && blank(line.getIdNumber()) == null) {
					continue;
				}
				Map<String, Object> person = new LinkedHashMap<>();
				person.put("name", blank(line.getName()));
				person.put("role", blank(line.getRole()));
				person.put("idNumber", blank(line.getIdNumber()));
				person.put("licenceNumber", blank(line.getLicenceNumber()));
				people.add(person);
			}
			request.put("persons", people);
			return request;
		}

		static LocalDate date(String text, String field) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(field + "格式有误，请按“年-月-日”选择。", ex);
			}
		}

		private static String blank(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		public String getCaseNumber() {
			return this.caseNumber;
		}

		public void setCaseNumber(String caseNumber) {
			this.caseNumber = caseNumber;
		}

		public String getCaseName() {
			return this.caseName;
		}

		public void setCaseName(String caseName) {
			this.caseName = caseName;
		}

		public String getCaseType() {
			return this.caseType;
		}

		public void setCaseType(String caseType) {
			this.caseType = caseType;
		}

		public String getDepartment() {
			return this.department;
		}

		public void setDepartment(String department) {
			this.department = department;
		}

		public String getProsecutor() {
			return this.prosecutor;
		}

		public void setProsecutor(String prosecutor) {
			this.prosecutor = prosecutor;
		}

		public String getAcceptedAt() {
			return this.acceptedAt;
		}

		public void setAcceptedAt(String acceptedAt) {
			this.acceptedAt = acceptedAt;
		}

		public String getStage() {
			return this.stage;
		}

		public void setStage(String stage) {
			this.stage = stage;
		}

		public String getStageDate() {
			return this.stageDate;
		}

		public void setStageDate(String stageDate) {
			this.stageDate = stageDate;
		}

		public String getStageDeadline() {
			return this.stageDeadline;
		}

		public void setStageDeadline(String stageDeadline) {
			this.stageDeadline = stageDeadline;
		}

		public List<PersonLine> getPersons() {
			return this.persons;
		}

		public void setPersons(List<PersonLine> persons) {
			this.persons = persons;
		}

	}

	/** One authorised person of the new-case form. */
	public static class PersonLine {

		private String name;

		private String role = "PARTY";

		private String idNumber;

		private String licenceNumber;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getIdNumber() {
			return this.idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public String getLicenceNumber() {
			return this.licenceNumber;
		}

		public void setLicenceNumber(String licenceNumber) {
			this.licenceNumber = licenceNumber;
		}

	}

}
