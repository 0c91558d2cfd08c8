package cn.jianwu.portal.console;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewRequest;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;
import cn.jianwu.events.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An item's page: its facts, the text as written and as the public would read it, the
 * workflow timeline (the audit trail) and the delivery board, with the decisions the
 * member may take: approve or reject with a comment, withdraw (division leader, chief),
 * ask a channel to deliver again (press officer), confirm by hand an attachment the
 * redaction check could not read (approvers).
 */
@Controller
class ItemPageController {

	private static final Logger log = LoggerFactory.getLogger(ItemPageController.class);

	private final DisclosureStaffApi api;

	private final ConsoleProperties properties;

	ItemPageController(DisclosureStaffApi api, ConsoleProperties properties) {
		this.api = api;
		this.properties = properties;
	}

	@GetMapping("/console/items/{id}")
	String item(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
		StaffItem item = this.api.item(user, id);
		model.addAttribute("item", item);
		model.addAttribute("board", DeliveryBoard.of(item));
		model.addAttribute("refreshMillis", this.properties.boardRefresh().toMillis());
		model.addAttribute("mayRedeliver", item.allows(WorkflowAction.REDELIVER));
		model.addAttribute("paragraphs", BodyText.paragraphs(BodyText.fromHtml(item.body())));
		model.addAttribute("mayEdit", item.allows(WorkflowAction.EDIT));
		model.addAttribute("mayDecide", item.allows(WorkflowAction.APPROVE));
		model.addAttribute("mayWithdraw", item.allows(WorkflowAction.WITHDRAW));
		model.addAttribute("preview", publicText(user, item));
		// one key per rendering of the page: a decision sent twice from it is taken once
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return "console/item";
	}

	/** The delivery board alone, for the page's script to refresh it. */
	@GetMapping("/console/items/{id}/board")
	String board(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
		StaffItem item = this.api.item(user, id);
		model.addAttribute("item", item);
		model.addAttribute("board", DeliveryBoard.of(item));
		model.addAttribute("refreshMillis", this.properties.boardRefresh().toMillis());
		model.addAttribute("mayRedeliver", item.allows(WorkflowAction.REDELIVER));
		return "console/item :: board";
	}

	@PostMapping("/console/items/{id}/approve")
	String approve(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String idempotencyKey,
			RedirectAttributes redirect) {
		return decide(redirect, id, () -> {
			StaffItem item = this.api.approve(user, id, idempotencyKey, comment);
			log.info("Item {} approved from the console by {}", id, user.username());
			return switch (item.status()) {
				case PENDING_APPROVAL -> "已同意，转分管领导审批。";
				case PENDING_CHIEF -> "已同意。该事项为重要事项，转检察长审批。";
				case APPROVED -> "已批准，将于定时发布时间自动发布。";
				case PUBLISHED -> "已批准并发布，各渠道的送达情况见下方发布回执。";
				default -> "已同意。";
			};
		});
	}

	@PostMapping("/console/items/{id}/reject")
	String reject(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String idempotencyKey,
			RedirectAttributes redirect) {
		return decide(redirect, id, () -> {
			this.api.reject(user, id, idempotencyKey, comment);
			return "已退回承办人修改。";
		});
	}

	@PostMapping("/console/items/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String idempotencyKey,
			RedirectAttributes redirect) {
		return decide(redirect, id, () -> {
			this.api.withdraw(user, id, idempotencyKey, reason);
			log.info("Item {} withdrawn from the console by {}", id, user.username());
			return "已撤回：各渠道正在撤下该事项，撤下情况见下方发布回执。";
		});
	}

	@PostMapping("/console/items/{id}/attachments/{attachment}/manual-check")
	String confirmAttachment(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@PathVariable String attachment, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return decide(redirect, id, () -> {
			this.api.confirmAttachment(user, id, attachment, reason);
			log.info("Attachment {} of item {} confirmed by hand from the console by {}", attachment, id,
					user.username());
			return "已人工确认该附件，审批时不再因其未能自动检查而退回。";
		});
	}

	@PostMapping("/console/items/{id}/channels/{channel}/retry")
	String retry(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, @PathVariable String channel,
			RedirectAttributes redirect) {
		return decide(redirect, id, () -> {
			this.api.retry(user, id, channel);
			String name = Stream.of(Channel.values())
				.filter((known) -> known.id().equals(channel))
				.map(Channel::label)
				.findFirst()
				.orElse(channel);
			return "已要求“" + name + "”重新发布，请稍候查看回执。";
		});
	}

	private String decide(RedirectAttributes redirect, String id, Decision decision) {
		try {
			redirect.addFlashAttribute("notice", decision.take());
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		return "redirect:/console/items/" + id;
	}

	/** What the public would read of the working copy. */
	private RedactionPreview publicText(ConsoleUser user, StaffItem item) {
		String body = BodyText.fromHtml(item.body());
		if (BodyText.paragraphs(body).isEmpty()) {
			return null;
		}
		String text = RedactionPreview.text(item.title(), item.summary(), body);
		try {
			RedactionPreviewResponse answer = this.api.preview(user, new RedactionPreviewRequest(text, item.persons(),
					item.addresses(), item.clearedNames().stream().map(NameClearance::name).toList()));
			return RedactionPreview.of(text, answer);
		}
		catch (ConsoleApiException ex) {
			return new RedactionPreview(List.of(), List.of(), List.of(), List.of(), 0, List.of(), List.of());
		}
	}

	@FunctionalInterface
	private interface Decision {

		String take();

	}

}
