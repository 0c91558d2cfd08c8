package cn.jianwu.portal.console.booking;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceKind;
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
 * 预约服务 in the console: the bookable services (reception visits, the chief's reception
 * day, lawyers' reception and file reading) and the form that defines or changes one.
 * hall-service lets only the hall's officers and administrators save it; the form shows
 * its refusal beside the fields.
 */
@Controller
class ServicesController {

	private static final Logger log = LoggerFactory.getLogger(ServicesController.class);

	private final BookingStaffApi api;

	ServicesController(BookingStaffApi api) {
		this.api = api;
	}

	@GetMapping("/console/hall/services")
	String services(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("services", this.api.services(user));
		model.addAttribute("defines", defines(user));
		return "console/booking/services";
	}

	@GetMapping("/console/hall/services/new")
	String blank(Model model) {
		return form(model, null, ServiceForm.blank(), Map.of(), null);
	}

	@GetMapping("/console/hall/services/{id}/edit")
	String edit(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
		return form(model, id, ServiceForm.of(this.api.service(user, id)), Map.of(), null);
	}

	@PostMapping("/console/hall/services")
	String define(@AuthenticationPrincipal ConsoleUser user, ServiceForm form, Model model,
			RedirectAttributes redirect) {
		return save(user, null, form, model, redirect);
	}

	@PostMapping("/console/hall/services/{id}")
	String change(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, ServiceForm form, Model model,
			RedirectAttributes redirect) {
		return save(user, id, form, model, redirect);
	}

	private String save(ConsoleUser user, UUID id, ServiceForm form, Model model, RedirectAttributes redirect) {
		FormFields fields = new FormFields();
		BookableServiceRequest request = form.request(fields);
		if (fields.hasErrors()) {
			return form(model, id, form, fields.errors(), "表单中有内容需要更正。");
		}
		try {
			BookableService saved = (id != null) ? this.api.change(user, id, request) : this.api.define(user, request);
			log.info("Bookable service {} {} from the console by {}", saved.id(), (id != null) ? "changed" : "defined",
					user.username());
			redirect.addFlashAttribute("notice", "预约服务“" + saved.name() + "”已保存。");
			return "redirect:/console/hall/services";
		}
		catch (ConsoleApiException ex) {
			return form(model, id, form, ex.errorsByField(), ex.detail());
		}
	}

	private static String form(Model model, UUID id, ServiceForm form, Map<String, String> errors, String problem) {
		model.addAttribute("serviceId", id);
		model.addAttribute("serviceForm", form);
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("errors", errors);
		if (problem != null) {
			model.addAttribute("problem", problem);
		}
		return "console/booking/service-form";
	}

	/** Whether the member may define services (hall-service checks it again). */
	static boolean defines(ConsoleUser user) {
		return user.hasAny("HALL_OFFICER", "ADMIN");
	}

}
