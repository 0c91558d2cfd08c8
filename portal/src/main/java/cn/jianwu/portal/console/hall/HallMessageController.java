package cn.jianwu.portal.console.hall;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.handling.AssignRequest;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.MergeRequest;
import cn.jianwu.hall.api.handling.MessageSummary;
import cn.jianwu.hall.api.handling.ReferRequest;
import cn.jianwu.hall.api.handling.ReviewRequest;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.handling.TextRequest;
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
 * A message's page in the console: the text, the writer's details for those who handle
 * it, the history, and a form for each step hall-service says the member may take now
 * (分办, 合并, 告知非本院管辖, 程序性答复, 起草答复, 提交审核, 审核通过, 退回修改). Feedback on a disclosure links to its
 * item, where a clerk starts the revision it calls for.
 */
@Controller
class HallMessageController {

	private static final Logger log = LoggerFactory.getLogger(HallMessageController.class);

	/** Messages offered as the original of a duplicate. */
	private static final int MERGE_CANDIDATES = 50;

	private final HallStaffApi api;

	HallMessageController(HallStaffApi api) {
		this.api = api;
	}

	@GetMapping("/console/hall/messages/{id}")
	String message(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
		StaffMessage message = this.api.message(user, id);
		model.addAttribute("message", message);
		model.addAttribute("actions", HandlingAction.values());
		model.addAttribute("may", new Allowed(message));
		model.addAttribute("itemFeedback", message.summary().kind() == MessageKind.ITEM_FEEDBACK);
		if (message.allowedActions().contains(HandlingAction.ASSIGN)) {
			model.addAttribute("departments", this.api.departments(user));
		}
		if (message.allowedActions().contains(HandlingAction.MERGE)) {
			model.addAttribute("mergeCandidates", mergeCandidates(user, id));
		}
		return "console/hall/message";
	}

	@PostMapping("/console/hall/messages/{id}/assign")
	String assign(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String department, RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.ASSIGN, null, null, () -> {
			this.api.assign(user, id, new AssignRequest(department));
			return "已分办至" + department + "。";
		});
	}

	@PostMapping("/console/hall/messages/{id}/merge")
	String merge(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID into, RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.MERGE, null, null, () -> {
			this.api.merge(user, id, new MergeRequest(into));
			return "已作为重复留言合并办理。";
		});
	}

	@PostMapping("/console/hall/messages/{id}/refer")
	String refer(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String referral, RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.REFER, "typedReferral", referral, () -> {
			this.api.refer(user, id, new ReferRequest(referral));
			return "已告知留言人该事项不属于本院管辖。";
		});
	}

	@PostMapping("/console/hall/messages/{id}/acknowledge")
	String acknowledge(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.ACKNOWLEDGE, "typedAcknowledgement", text, () -> {
			this.api.acknowledge(user, id, new TextRequest(text, null));
			return "程序性答复已发出。";
		});
	}

	@PostMapping("/console/hall/messages/{id}/answer")
	String answer(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer revision,
			RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.DRAFT_ANSWER, "typedAnswer", text, () -> {
			this.api.answer(user, id, new TextRequest(text, revision));
			return "答复草稿已保存。";
		});
	}

	@PostMapping("/console/hall/messages/{id}/submit")
	String submit(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.SUBMIT_ANSWER, null, null, () -> {
			this.api.submit(user, id);
			return "答复已提交科室负责人审核。";
		});
	}

	@PostMapping("/console/hall/messages/{id}/approve")
	String approve(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.APPROVE_ANSWER, "typedComment", comment, () -> {
			this.api.approve(user, id, new ReviewRequest(comment));
			return "已审核通过，留言人可以查询到答复。";
		});
	}

	@PostMapping("/console/hall/messages/{id}/return")
	String sendBack(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return step(redirect, user, id, HandlingAction.RETURN_ANSWER, "typedComment", comment, () -> {
			this.api.sendBack(user, id, new ReviewRequest(comment));
			return "已退回承办人修改。";
		});
	}

	/** The other messages the member sees: a duplicate is merged into one of them. */
	private List<MessageSummary> mergeCandidates(ConsoleUser user, UUID id) {
		return this.api.messages(user, new HallStaffApi.InboxFilter(null, null, null, null), 0, MERGE_CANDIDATES)
			.items()
			.stream()
			.filter((line) -> !line.id().equals(id))
			.toList();
	}

	/**
	 * Takes a step and goes back to the message's page, which says how it went; a refused
	 * step's text comes back in its form, so that nothing typed is lost.
	 */
	private String step(RedirectAttributes redirect, ConsoleUser user, UUID id, HandlingAction action,
			String typedAttribute, String typed, Step step) {
		try {
			redirect.addFlashAttribute("notice", step.take());
			log.info("Hall message {}: {} from the console by {}", id, action, user.username());
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
			if (typedAttribute != null && typed != null) {
				redirect.addFlashAttribute(typedAttribute, typed);
			}
		}
		return "redirect:/console/hall/messages/" + id;
	}

	@FunctionalInterface
	private interface Step {

		String take();

	}

	/** Which step forms the page shows: those hall-service allows the member now. */
	record Allowed(StaffMessage message) {

		public boolean to(HandlingAction action) {
			return this.message.allowedActions().contains(action);
		}

		public boolean assign() {
			return to(HandlingAction.ASSIGN);
		}

		public boolean merge() {
			return to(HandlingAction.MERGE);
		}

		public boolean refer() {
			return to(HandlingAction.REFER);
		}

		public boolean acknowledge() {
			return to(HandlingAction.ACKNOWLEDGE);
		}

		public boolean draft() {
			return to(HandlingAction.DRAFT_ANSWER);
		}

		public boolean submit() {
			return to(HandlingAction.SUBMIT_ANSWER);
		}

		public boolean approve() {
			return to(HandlingAction.APPROVE_ANSWER);
		}

		public boolean sendBack() {
			return to(HandlingAction.RETURN_ANSWER);
		}

		public boolean any() {
			return !this.message.allowedActions().isEmpty();
		}

	}

}
