package cn.jianwu.portal.console.booking;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.ReasonRequest;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One booking's steps in the console: the case manager confirms a lawyer's booking (确认)
 * or refuses it with a reason (不予确认) from the list of those waiting (待确认律师预约) or from the
 * day view, and the desk checks a person in (签到). Each step goes back to the page it came
 * from.
 */
@Controller
class PendingAppointmentsController {

	private static final Logger log = LoggerFactory.getLogger(PendingAppointmentsController.class);

	private final BookingStaffApi api;

	PendingAppointmentsController(BookingStaffApi api) {
		this.api = api;
	}

	@GetMapping("/console/hall/appointments/pending")
	String pending(@AuthenticationPrincipal ConsoleUser user, Model model) {
		Map<UUID, String> names = this.api.services(user)
			.stream()
			.collect(Collectors.toMap(BookableService::id, BookableService::name, (a, b) -> a));
		model.addAttribute("appointments", this.api.pending(user));
		model.addAttribute("serviceNames", names);
		return "console/booking/pending";
	}

	@PostMapping("/console/hall/appointments/{id}/confirm")
	String confirm(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID service,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return step(user, id, "confirmed", service, date, redirect, () -> {
			this.api.confirm(user, id);
			return "已确认该律师预约，预约人将收到确认通知。";
		});
	}

	@PostMapping("/console/hall/appointments/{id}/refuse")
	String refuse(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) UUID service,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return step(user, id, "refused", service, date, redirect, () -> {
			this.api.refuse(user, id, new ReasonRequest(FormFields.text(reason)));
			return "已不予确认该预约，名额已释放，预约人将收到说明。";
		});
	}

	@PostMapping("/console/hall/appointments/{id}/check-in")
	String checkIn(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID service,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return step(user, id, "checked in", service, date, redirect, () -> {
			this.api.checkIn(user, id);
			return "已为预约人办理签到。";
		});
	}

	/**
	 * Takes the step and goes back: to the service's day when it came from there, else to
	 * the list of pending confirmations. Only the console's own pages, never an address
	 * from the form.
	 */
	private String step(ConsoleUser user, UUID id, String outcome, UUID service, LocalDate date,
			RedirectAttributes redirect, Supplier<String> step) {
		try {
			redirect.addFlashAttribute("notice", step.get());
			log.info("Appointment {} {} from the console by {}", id, outcome, user.username());
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		if (service != null) {
			return "redirect:/console/hall/services/" + service + "/day" + ((date != null) ? "?date=" + date : "");
		}
		return "redirect:/console/hall/appointments/pending";
	}

}
