package cn.jianwu.portal.console.activity;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.ActivityReportRequest;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.activity.OpinionRequest;
import cn.jianwu.hall.api.booking.ReasonRequest;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.portal.console.booking.FormFields;
import cn.jianwu.portal.hall.PlainText;

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
 * 活动管理 in the console: the activities (开放日, 听证会, 视察, 座谈会), a form to schedule one (its
 * announcement goes through the approval chain), and an activity's page with who signed
 * up, the check-in at the door, the attendance sheet, the report (活动报道, another item
 * through the chain), the opinions given there (each becomes a message of the hall's
 * inbox) and the cancellation.
 */
@Controller
class ActivityConsoleController {

	private static final Logger log = LoggerFactory.getLogger(ActivityConsoleController.class);

	private final ActivityStaffApi api;

	ActivityConsoleController(ActivityStaffApi api) {
		this.api = api;
	}

	@GetMapping("/console/hall/activities")
	String activities(@AuthenticationPrincipal ConsoleUser user, Model model) {
		return list(user, model, ActivityForm.blank(), Map.of());
	}

	@PostMapping("/console/hall/activities")
	String schedule(@AuthenticationPrincipal ConsoleUser user, ActivityForm form, Model model,
			RedirectAttributes redirect) {
		FormFields fields = new FormFields();
		ActivityRequest request = form.request(fields);
		if (fields.hasErrors()) {
			model.addAttribute("problem", "表单中有内容需要更正。");
			return list(user, model, form, fields.errors());
		}
		try {
			ActivityView activity = this.api.schedule(user, request);
			log.info("Activity {} scheduled from the console by {}", activity.id(), user.username());
			redirect.addFlashAttribute("notice", "活动已创建，活动公告已提交审批，审批发布后公众即可查看和报名。");
			return "redirect:/console/hall/activities/" + activity.id();
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("problem", ex.detail());
			return list(user, model, form, ex.errorsByField());
		}
	}

	@GetMapping("/console/hall/activities/{id}")
	String activity(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
		ActivityView activity = this.api.activity(user, id);
		model.addAttribute("activity", activity);
		model.addAttribute("plainText", PlainText.INSTANCE);
		model.addAttribute("attendees", this.api.signUps(user, id));
		model.addAttribute("open", activity.state() != ActivityState.CANCELLED);
		model.addAttribute("reportDue", activity.state() == ActivityState.HELD);
		return "console/activities/activity";
	}

	/** The attendance sheet as hall-service makes it (UTF-8 with BOM, for Excel). */
	@GetMapping("/console/hall/activities/{id}/attendance.csv")
	ResponseEntity<byte[]> attendance(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id) {
		StaffApiClient.Download sheet = this.api.attendance(user, id);
		log.info("Attendance sheet of activity {} exported from the console by {}", id, user.username());
		String disposition = (sheet.contentDisposition() != null) ? sheet.contentDisposition()
				: ContentDisposition.attachment().filename("attendance-" + id + ".csv").build().toString();
		return ResponseEntity.ok()
			.contentType((sheet.contentType() != null) ? MediaType.parseMediaType(sheet.contentType())
					: new MediaType(ActivityStaffApi.CSV, java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(sheet.body());
	}

	@PostMapping("/console/hall/activities/{id}/sign-ups/{signUp}/check-in")
	String checkIn(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @PathVariable UUID signUp,
			RedirectAttributes redirect) {
		return step(user, id, "check-in", redirect, null, null, () -> {
			this.api.checkIn(user, id, signUp);
			return "已签到。";
		});
	}

	@PostMapping("/console/hall/activities/{id}/report")
	String report(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String summary, RedirectAttributes redirect) {
		return step(user, id, "report", redirect, "typedSummary", summary, () -> {
			this.api.report(user, id, new ActivityReportRequest(FormFields.text(summary)));
			return "活动报道已提交审批，审批发布后公开。";
		});
	}

	@PostMapping("/console/hall/activities/{id}/opinions")
	String opinion(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID attendee, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return step(user, id, "opinion", redirect, "typedOpinion", text, () -> {
			redirect.addFlashAttribute("opinionReceipt", this.api.opinion(user, id,
					new OpinionRequest(attendee, FormFields.text(subject), FormFields.text(text))));
			return "意见已录入网上服务大厅，按意见建议办理和答复。";
		});
	}

	@PostMapping("/console/hall/activities/{id}/cancel")
	String cancel(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(user, id, "cancel", redirect, null, null, () -> {
			this.api.cancel(user, id, new ReasonRequest(FormFields.text(reason)));
			return "活动已取消，全部报名随之取消。";
		});
	}

	private String list(ConsoleUser user, Model model, ActivityForm form, Map<String, String> errors) {
		model.addAttribute("activities", this.api.activities(user));
		model.addAttribute("activityForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("roles", InviteeRole.values());
		return "console/activities/activities";
	}

	/**
	 * Takes a step and goes back to the activity's page, which says how it went; a
	 * refused step's text comes back in its form.
	 */
	private String step(ConsoleUser user, UUID id, String step, RedirectAttributes redirect, String typedAttribute,
			String typed, Step action) {
		try {
			redirect.addFlashAttribute("notice", action.take());
			log.info("Activity {}: {} from the console by {}", id, step, user.username());
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
			if (typedAttribute != null && typed != null) {
				redirect.addFlashAttribute(typedAttribute, typed);
			}
		}
		return "redirect:/console/hall/activities/" + id;
	}

	@FunctionalInterface
	private interface Step {

		String take();

	}

}
