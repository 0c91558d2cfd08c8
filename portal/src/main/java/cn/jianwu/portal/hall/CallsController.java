package cn.jianwu.portal.hall;

import java.util.UUID;

import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Open calls for opinions (意见征集): those open now, those closed, and their results; a
 * call's page with its questions and, while it is open, the form to respond.
 */
@Controller
class CallsController {

	private final HallClient client;

	CallsController(HallClient client) {
		this.client = client;
	}

	@GetMapping("/hall/calls")
	@PublicPage(maxAgeSeconds = 60)
	String calls(Model model) {
		model.addAttribute("open", this.client.calls(CallState.OPEN));
		model.addAttribute("closed", this.client.calls(CallState.CLOSED));
		model.addAttribute("results", this.client.calls(CallState.RESULTS_PUBLISHED));
		return "hall/calls";
	}

	@GetMapping("/hall/calls/{id}")
	@PublicPage(maxAgeSeconds = 60)
	String call(@PathVariable String id, Model model) {
		CallView call = this.client.call(parse(id)).orElseThrow(() -> new PageNotFoundException("call " + id));
		model.addAttribute("call", call);
		model.addAttribute("awaitingResults", call.state() == CallState.CLOSED);
		model.addAttribute("resultsPublished", call.state() == CallState.RESULTS_PUBLISHED);
		if (call.state() == CallState.OPEN) {
			String subject = "对“" + call.title() + "”的意见";
			model.addAttribute("form", MessageForm.blank(null, null, call.id().toString())
				.withSubject((subject.length() <= MessageSubmission.SUBJECT_MAX) ? subject : null));
		}
		return "hall/call";
	}

	private static UUID parse(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			if (uuid.toString().equalsIgnoreCase(id)) {
				return uuid;
			}
		}
		catch (IllegalArgumentException ex) {
			// not a call's address
		}
		throw new PageNotFoundException("call " + id);
	}

}
