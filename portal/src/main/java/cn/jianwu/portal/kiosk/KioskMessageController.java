package cn.jianwu.portal.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.portal.hall.HallClient;
import cn.jianwu.portal.hall.MessageForm;
import cn.jianwu.portal.hall.SubmissionOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kiosk's "我要留言": the web site's message form in the kiosk's large type, sent as
 * channel {@code KIOSK}, and the receipt with the two codes. Like the query, the page
 * goes back to the kiosk's start after a spell without a touch ({@code js/kiosk.js}), so
 * that the next visitor sees nothing of the last one's message or codes.
 */
@Controller
class KioskMessageController {

	private static final String PAGE = "kiosk-message";

	private final HallClient client;

	KioskMessageController(HallClient client) {
		this.client = client;
	}

	@GetMapping("/kiosk/messages/new")
	String form(Model model) {
		model.addAttribute("form", MessageForm.blank(null, null, null));
		return PAGE;
	}

	@PostMapping("/kiosk/messages")
	String send(@RequestParam(required = false) String kind, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(required = false) String publicOk, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		MessageForm form = MessageForm.posted(kind, subject, body, name, phone, email, publicOk, null, null);
		SubmissionOutcome outcome = this.client.submit(form.submission(SubmissionChannel.KIOSK), request);
		if (outcome.received()) {
			model.addAttribute("receipt", outcome.receipt());
			return PAGE;
		}
		response.setStatus(outcome.status());
		model.addAttribute("form", form);
		model.addAttribute("errors", outcome.errors());
		return PAGE;
	}

}
