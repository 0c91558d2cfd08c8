package cn.jianwu.portal.hall.activity;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.api.activity.SignUpLookup;
import cn.jianwu.hall.api.activity.SignUpReceipt;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.portal.hall.booking.BookingCodes;
import cn.jianwu.portal.hall.booking.HallAnswer;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 检察活动: the announced activities (open days, hearings, forums), an activity's page with
 * the sign-up form while sign-up is open, the receipt with the sign-up code shown this
 * once, and the lookup and cancellation by code (posted, never in an address).
 */
@Controller
class ActivitiesController {

	static final String ACTIVITY_PAGE = "hall/activities/activity";

	static final String LOOKUP_PAGE = "hall/activities/lookup";

	private final ActivityClient client;

	ActivitiesController(ActivityClient client) {
		this.client = client;
	}

	@GetMapping("/hall/activities")
	@PublicPage(maxAgeSeconds = 60)
	String activities(Model model) {
		model.addAttribute("activities", this.client.activities(true));
		return "hall/activities/list";
	}

	@GetMapping("/hall/activities/{id}")
	String activity(@PathVariable String id, Model model) {
		model.addAttribute("activity", activity(id));
		model.addAttribute("form", SignUpForm.blank());
		return ACTIVITY_PAGE;
	}

	@PostMapping("/hall/activities/{id}/sign-ups")
	String signUp(@PathVariable String id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String idLast4,
			@RequestParam(required = false) String organisation, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ActivityView activity = activity(id);
		SignUpForm form = new SignUpForm(name, phone, idLast4, organisation);
		HallAnswer<SignUpReceipt> answer = this.client.signUp(activity.id(), form.request(SubmissionChannel.WEB),
				request);
		if (answer.ok()) {
			model.addAttribute("receipt", answer.value());
			return "hall/activities/receipt";
		}
		response.setStatus(answer.status());
		model.addAttribute("activity", activity);
		model.addAttribute("form", form);
		model.addAttribute("errors", answer.errors());
		return ACTIVITY_PAGE;
	}

	@GetMapping("/hall/activities/lookup")
	String lookupForm() {
		return LOOKUP_PAGE;
	}

	@PostMapping("/hall/activities/lookup")
	String lookup(@RequestParam(required = false) String bookingCode, @RequestParam(required = false) String idLast4,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		BookingCodeRequest code = BookingCodes.of(bookingCode, idLast4);
		return show(this.client.lookup(code, request), code, response, model);
	}

	/**
	 * Cancelling takes two posts: the first shows the sign-up and asks to confirm, the
	 * second ({@code confirm=yes}) cancels.
	 */
	@PostMapping("/hall/activities/cancel")
	String cancel(@RequestParam(required = false) String bookingCode, @RequestParam(required = false) String idLast4,
			@RequestParam(required = false) String confirm, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		BookingCodeRequest code = BookingCodes.of(bookingCode, idLast4);
		if (!"yes".equals(confirm)) {
			model.addAttribute("confirmCancel", true);
			return show(this.client.lookup(code, request), code, response, model);
		}
		HallAnswer<SignUpLookup> answer = this.client.cancel(code, request);
		if (answer.ok()) {
			model.addAttribute("cancelled", true);
		}
		return show(answer, code, response, model);
	}

	private String show(HallAnswer<SignUpLookup> answer, BookingCodeRequest code, HttpServletResponse response,
			Model model) {
		response.setStatus(answer.status());
		if (answer.ok()) {
			model.addAttribute("found", answer.value());
			model.addAttribute("code", code);
		}
		else {
			model.addAttribute("failure", answer.failure());
		}
		return LOOKUP_PAGE;
	}

	private ActivityView activity(String id) {
		return this.client.activity(parse(id)).orElseThrow(() -> new PageNotFoundException("activity " + id));
	}

	private static UUID parse(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			if (uuid.toString().equalsIgnoreCase(id)) {
				return uuid;
			}
		}
		catch (IllegalArgumentException ex) {
			// not an activity's address
		}
		throw new PageNotFoundException("activity " + id);
	}

}
