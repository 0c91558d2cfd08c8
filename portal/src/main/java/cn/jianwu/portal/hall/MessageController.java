package cn.jianwu.portal.hall;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.LookupRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Writing to the procuratorate on the web site (我要留言) and looking the message up with its
 * two codes (留言查询). The receipt shows the codes this once; nothing here is cached, and
 * the codes typed into the lookup are never shown again.
 */
@Controller
class MessageController {

	static final String FORM = "hall/message-form";

	private final HallClient client;

	MessageController(HallClient client) {
		this.client = client;
	}

	@GetMapping("/hall/messages/new")
	String form(@RequestParam(required = false) String kind, @RequestParam(required = false) String itemId,
			@RequestParam(required = false) String callId, Model model) {
		model.addAttribute("form", MessageForm.blank(kind, itemId, callId));
		return FORM;
	}

	@PostMapping("/hall/messages")
	String send(@RequestParam(required = false) String kind, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(required = false) String publicOk, @RequestParam(required = false) String itemId,
			@RequestParam(required = false) String callId, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		MessageForm form = MessageForm.posted(kind, subject, body, name, phone, email, publicOk, itemId, callId);
		SubmissionOutcome outcome = this.client.submit(form.submission(SubmissionChannel.WEB), request);
		if (outcome.received()) {
			model.addAttribute("receipt", outcome.receipt());
			return "hall/receipt";
		}
		response.setStatus(outcome.status());
		model.addAttribute("form", form);
		model.addAttribute("errors", outcome.errors());
		return FORM;
	}

	@GetMapping("/hall/messages/lookup")
	String lookupForm() {
		return "hall/lookup";
	}

	@PostMapping("/hall/messages/lookup")
	String lookup(@RequestParam(required = false) String trackingCode, @RequestParam(required = false) String checkCode,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		LookupOutcome outcome = this.client.lookup(new LookupRequest(digits(trackingCode), digits(checkCode)), request);
		response.setStatus(outcome.status());
		if (outcome.message() != null) {
			model.addAttribute("found", outcome.message());
		}
		else {
			model.addAttribute("failure", outcome.failure());
		}
		return "hall/lookup";
	}

	/** The codes as typed, without the spaces and dashes people put between groups. */
	static String digits(String code) {
		return (code != null) ? code.replaceAll("[\\s\\-\\u3000]", "") : "";
	}

}
