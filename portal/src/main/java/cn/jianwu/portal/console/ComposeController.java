package cn.jianwu.portal.console;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewRequest;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compose page: an item's fields on the left, the redaction preview on the right
 * (each proposed replacement with its reason). The clerk adjusts by listing or removing
 * persons and passages to delete, previews again, and confirms the preview before the
 * item may be submitted; the confirmation holds only for the text that was previewed.
 * Works without JavaScript: every step is a form post.
 */
@Controller
class ComposeController {

	/** The name of the reason field beside each unlisted name, followed by the name. */
	static final String CLEAR_REASON_PREFIX = "clearReason:";

	private static final Logger log = LoggerFactory.getLogger(ComposeController.class);

	/** Form fields by the request fields disclosure-service names in its refusals. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "title"),
			Map.entry("summary", "summary"), Map.entry("body", "bodyText"), Map.entry("text", "bodyText"),
			Map.entry("category", "category"), Map.entry("subKind", "subKind"), Map.entry("term", "term"),
			Map.entry("visibility", "visibility"), Map.entry("channels", "channels"),
			Map.entry("exemptions", "exemptions"), Map.entry("persons", "personsText"),
			Map.entry("addresses", "addressesText"), Map.entry("clearedNames", "clearedNamesText"),
			Map.entry("minorClearance", "minorClearance"), Map.entry("publishAt", "publishAt"),
			Map.entry("obligationId", "obligationId"), Map.entry("period", "period"),
			Map.entry("caseStages", "caseStages"), Map.entry("revisionNote", "revisionNote"));

	/**
	 * The stages a guide may name: case-query's labels, as the case answers name them.
	 */
	static final List<String> CASE_STAGES = Stream.of(CaseStage.values()).map(CaseStage::label).toList();

	private final DisclosureStaffApi api;

	private final ZoneId zone;

	ComposeController(DisclosureStaffApi api, InstitutionProperties institution) {
		this.api = api;
		this.zone = institution.zone();
	}

	/**
	 * @param obligation the obligation the new item meets, when report-service's task
	 * list sent the clerk here to draft it
	 */
	@GetMapping("/console/items/new")
	String compose(@AuthenticationPrincipal ConsoleUser user,
			@RequestParam(name = "obligation", required = false) String obligation, Model model) {
		requireAuthor(user);
		return page(model, ComposeForm.blank(obligation), user.department(), null, Map.of(), null);
	}

	@GetMapping("/console/items/{id}/edit")
	String edit(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
		requireAuthor(user);
		StaffItem item = this.api.item(user, id);
		if (!item.allows(WorkflowAction.EDIT)) {
			throw new ConsoleApiException(409, "invalid-transition", "当前不能修改",
					"该事项状态为“" + item.status().label() + "”，审批中或已批准待发布的事项不能修改；如需修改，请由审批人退回。", List.of());
		}
		ComposeForm form = ComposeForm.of(item, this.zone);
		model.addAttribute("attachments", item.attachments());
		model.addAttribute("revising", ComposeForm.revises(item));
		Preview preview = preview(user, form);
		return page(model, form, item.department(), preview, Map.of(), null);
	}

	@PostMapping("/console/compose")
	String post(@AuthenticationPrincipal ConsoleUser user, @ModelAttribute("form") ComposeForm form,
			@RequestParam(defaultValue = "preview") String action, @RequestParam(required = false) String drop,
			@RequestParam(required = false) String anonymise, @RequestParam(required = false) String clear,
			@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
		requireAuthor(user);
		String department = department(user, form);
		if (anonymise != null) {
			form.anonymise(anonymise);
			form.setRedactionConfirmed(false);
			return page(model, form, department, preview(user, form), Map.of(),
					"已将“" + anonymise + "”加入需隐名处理的人员，公开时替换为“姓+某”。请核对新的预览。");
		}
		if (clear != null) {
			String reason = parameters.get(CLEAR_REASON_PREFIX + clear);
			if (reason == null || reason.isBlank()) {
				return page(model, form, department, preview(user, form),
						Map.of("clearedNamesText", "标记“" + clear + "”可以公开前，请在其后填写理由（如：非人名、公职人员依法署名、本人书面申请署名）。"), null);
			}
			form.clear(clear, reason);
			form.setRedactionConfirmed(false);
			return page(model, form, department, preview(user, form), Map.of(),
					"已将“" + clear + "”标记为不作匿名处理，理由将记入审批记录。请核对新的预览。");
		}
		if (drop != null) {
			form.drop(drop);
			form.setRedactionConfirmed(false);
			return page(model, form, department, preview(user, form), Map.of(),
					"已将“" + drop + "”移出待处理名单：该处将按原文公开。请核对新的预览。");
		}
		return switch (action) {
			case "save" -> save(user, form, department, false, model, redirect);
			case "submit" -> save(user, form, department, true, model, redirect);
			default -> {
				form.setRedactionConfirmed(false);
				yield page(model, form, department, preview(user, form), Map.of(), null);
			}
		};
	}

	private String save(ConsoleUser user, ComposeForm form, String department, boolean submit, Model model,
			RedirectAttributes redirect) {
		String previewed = form.getPreviewDigest();
		Preview preview = preview(user, form);
		if (submit) {
			if (preview.failure() == null && !form.digest().equals(previewed)) {
				form.setRedactionConfirmed(false);
				return page(model, form, department, preview,
						Map.of("redactionConfirmed", "正文、标题、摘要或人员名单在预览后有改动：请核对下方新的脱敏预览，勾选确认后再提交。"), null);
			}
			if (!form.isRedactionConfirmed()) {
				return page(model, form, department, preview,
						Map.of("redactionConfirmed", "提交前请逐项核对脱敏预览，并勾选“我已核对脱敏结果”。"), null);
			}
		}
		StaffItem saved;
		try {
			ItemRequest request = form.request(department, this.zone);
			saved = form.isNew() ? this.api.create(user, form.getIdempotencyKey(), request)
					: this.api.update(user, form.getId(), request);
		}
		catch (IllegalArgumentException ex) {
			return page(model, form, department, preview, Map.of("publishAt", ex.getMessage()), null);
		}
		catch (ConsoleApiException ex) {
			form.setRedactionConfirmed(false);
			return page(model, form, department, preview, errors(ex), null);
		}
		form.setId(saved.id().toString());
		form.setVersion(saved.version());
		if (!submit) {
			redirect.addFlashAttribute("notice", "草稿已保存。");
			return "redirect:/console/items/" + saved.id() + "/edit";
		}
		try {
			this.api.submit(user, saved.id().toString());
		}
		catch (ConsoleApiException ex) {
			form.setRedactionConfirmed(false);
			model.addAttribute("notice", "草稿已保存，但未能提交审核。");
			return page(model, form, department, preview, errors(ex), null);
		}
		log.info("Item {} submitted from the console by {}", saved.id(), user.username());
		redirect.addFlashAttribute("notice", "已提交，等待科室负责人审核。");
		return "redirect:/console/items/" + saved.id();
	}

	@PostMapping("/console/items/{id}/attachments")
	String upload(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		requireAuthor(user);
		if (file.isEmpty()) {
			redirect.addFlashAttribute("problem", "请选择要上传的文件。");
		}
		else {
			try {
				this.api.attach(user, id, file.getOriginalFilename(), file.getBytes());
				redirect.addFlashAttribute("notice", "附件已上传。");
			}
			catch (ConsoleApiException ex) {
				redirect.addFlashAttribute("problem", ex.detail());
			}
		}
		return "redirect:/console/items/" + id + "/edit";
	}

	@PostMapping("/console/items/{id}/attachments/{attachment}/delete")
	String removeAttachment(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@PathVariable String attachment, RedirectAttributes redirect) {
		requireAuthor(user);
		try {
			this.api.detach(user, id, attachment);
			redirect.addFlashAttribute("notice", "附件已删除。");
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		return "redirect:/console/items/" + id + "/edit";
	}

	private Preview preview(ConsoleUser user, ComposeForm form) {
		String text = RedactionPreview.text(form.getTitle(), form.getSummary(), form.getBodyText());
		if (BodyText.paragraphs(form.getBodyText()).isEmpty()) {
			return new Preview(null, "填写正文后即可预览脱敏结果。");
		}
		try {
			RedactionPreviewResponse answer = this.api.preview(user, new RedactionPreviewRequest(text, form.persons(),
					form.addresses(), form.clearedNames().stream().map(NameClearance::name).toList()));
			form.setPreviewDigest(form.digest());
			return new Preview(RedactionPreview.of(text, answer), null);
		}
		catch (ConsoleApiException ex) {
			form.setPreviewDigest(null);
			return new Preview(null, ex.detail());
		}
	}

	private String page(Model model, ComposeForm form, String department, Preview preview,
			Map<String, String> fieldErrors, String adjusted) {
		if (!form.isNew() && !model.containsAttribute("attachments")) {
			ConsoleUser user = (ConsoleUser) model.getAttribute("user");
			StaffItem item = (user != null) ? this.api.item(user, form.getId()) : null;
			model.addAttribute("attachments", (item != null) ? item.attachments() : List.of());
			model.addAttribute("revising", item != null && ComposeForm.revises(item));
		}
		if (!model.containsAttribute("revising")) {
			model.addAttribute("revising", false);
		}
		model.addAttribute("caseStages", CASE_STAGES);
		model.addAttribute("form", form);
		model.addAttribute("department", department);
		model.addAttribute("preview", (preview != null) ? preview.preview() : null);
		model.addAttribute("previewFailure", (preview != null) ? preview.failure() : null);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("clearReasonPrefix", CLEAR_REASON_PREFIX);
		model.addAttribute("adjusted", adjusted);
		return "console/compose";
	}

	private static Map<String, String> errors(ConsoleApiException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConsoleApiException.FieldProblem problem : ex.fields()) {
			String field = FIELDS.getOrDefault(requestField(problem.field()), "general");
			errors.merge(field, problem.message(), (a, b) -> a + "；" + b);
		}
		if (ex.fields().isEmpty() || errors.containsKey("general")) {
			String general = errors.containsKey("general") ? errors.get("general") : ex.detail();
			errors.put("general", general);
		}
		// A refusal of the whole text names no field; one of a public note (修订说明) does.
		if ("unredacted-identifier".equals(ex.kind()) && ex.fields().isEmpty()) {
			errors.put("bodyText", ex.detail());
		}
		if ("unlisted-person-name".equals(ex.kind())) {
			errors.put("personsText", ex.detail());
		}
		if ("minor-decision-required".equals(ex.kind())) {
			errors.put("minorClearance", ex.detail());
		}
		return errors;
	}

	/**
	 * The request field a problem names, without the index of a list's element
	 * ({@code caseStages[0]} is about {@code caseStages}).
	 */
	static String requestField(String field) {
		if (field == null) {
			return "";
		}
		int index = field.indexOf('[');
		return (index < 0) ? field : field.substring(0, index);
	}

	private static String department(ConsoleUser user, ComposeForm form) {
		return user.department();
	}

	private static void requireAuthor(ConsoleUser user) {
		if (!user.author()) {
			throw new ConsoleApiException(403, "forbidden", "无起草权限", "只有承办人员（书记员、科室负责人、新闻发言人）可以起草或修改公开事项。", List.of());
		}
	}

	/** A preview, or why there is none. */
	record Preview(RedactionPreview preview, String failure) {
	}

}
