package cn.jianwu.portal.console.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.hall.api.booking.ServiceDay;
import cn.jianwu.hall.api.booking.SlotChangeRequest;
import cn.jianwu.hall.api.booking.SlotChangeResult;
import cn.jianwu.platform.institution.InstitutionProperties;
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
 * A service's day in the console: each slot with the people booked on it, for the desk
 * (签到) and the officers, who move or cancel a whole slot after a confirmation step that
 * says how many bookings it touches. Everyone booked is told by hall-service; the page
 * says how many were reached on WeChat, so the desk knows whom to call.
 */
@Controller
class ServiceDayController {

	private static final Logger log = LoggerFactory.getLogger(ServiceDayController.class);

	private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final BookingStaffApi api;

	private final InstitutionProperties institution;

	ServiceDayController(BookingStaffApi api, InstitutionProperties institution) {
		this.api = api;
		this.institution = institution;
	}

	@GetMapping("/console/hall/services/{id}/day")
	String day(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate shown = (date != null) ? date : LocalDate.now(this.institution.zone());
		model.addAttribute("day", this.api.day(user, id, shown));
		model.addAttribute("previousDay", shown.minusDays(1));
		model.addAttribute("nextDay", shown.plusDays(1));
		model.addAttribute("changesSlots", ServicesController.defines(user));
		return "console/booking/day";
	}

	@PostMapping("/console/hall/services/{id}/slots/move")
	String move(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam String slotStart,
			@RequestParam(required = false) String newStart, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		return change(user, id, SlotChange.MOVE, slotStart, newStart, reason, confirmed, model, redirect);
	}

	@PostMapping("/console/hall/services/{id}/slots/cancel")
	String cancel(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam String slotStart,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes redirect) {
		return change(user, id, SlotChange.CANCEL, slotStart, null, reason, confirmed, model, redirect);
	}

	/**
	 * First the confirmation page (what the change touches), then, confirmed, the change.
	 * A refusal (a full or invalid new slot, no reason) goes back to the day with its
	 * reason.
	 */
	private String change(ConsoleUser user, UUID id, SlotChange change, String slotStart, String newStart,
			String reason, boolean confirmed, Model model, RedirectAttributes redirect) {
		FormFields fields = new FormFields();
		LocalDateTime slot = fields.dateTime("slotStart", slotStart, "时段");
		LocalDateTime target = fields.dateTime("newStart", newStart, "调整后的时间");
		if (slot == null) {
			redirect.addFlashAttribute("problem", "请从日程中选择要调整的时段。");
			return "redirect:/console/hall/services/" + id + "/day";
		}
		String back = "redirect:/console/hall/services/" + id + "/day?date=" + slot.toLocalDate();
		if (change == SlotChange.MOVE && target == null) {
			fields.reject("newStart", "请选择调整后的时间。");
		}
		if (FormFields.text(reason) == null) {
			fields.reject("reason", "请填写原因，预约人将收到该说明。");
		}
		if (fields.hasErrors()) {
			redirect.addFlashAttribute("problem", String.join("；", fields.errors().values()));
			return back;
		}
		SlotChangeRequest request = new SlotChangeRequest(slot, target, FormFields.text(reason));
		if (!confirmed) {
			ServiceDay day = this.api.day(user, id, slot.toLocalDate());
			model.addAttribute("day", day);
			model.addAttribute("change", change);
			model.addAttribute("request", request);
			model.addAttribute("affected", affected(day, slot));
			return "console/booking/slot-change";
		}
		try {
			SlotChangeResult result = (change == SlotChange.MOVE) ? this.api.moveSlot(user, id, request)
					: this.api.cancelSlot(user, id, request);
			log.info("Slot of service {} {}: {} bookings, {} notified, from the console by {}", id, change,
					result.affected(), result.notified(), user.username());
			redirect.addFlashAttribute("notice", outcome(change, slot, target, result));
			return (change == SlotChange.MOVE)
					? "redirect:/console/hall/services/" + id + "/day?date=" + target.toLocalDate() : back;
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
			return back;
		}
	}

	/** Bookings a change of the slot touches: those still active or checked in. */
	static long affected(ServiceDay day, LocalDateTime slot) {
		return day.slots()
			.stream()
			.filter((line) -> line.slot().start().equals(slot))
			.flatMap((line) -> line.appointments().stream())
			.filter((booking) -> booking.state().active())
			.count();
	}

	static String outcome(SlotChange change, LocalDateTime slot, LocalDateTime target, SlotChangeResult result) {
		String done = (change == SlotChange.MOVE)
				? "已将 " + SLOT.format(slot) + " 时段的 " + result.affected() + " 个预约调整至 " + SLOT.format(target)
				: "已取消 " + SLOT.format(slot) + " 时段，涉及 " + result.affected() + " 个预约，该时段不再接受预约";
		int unreached = result.affected() - result.notified();
		return done + "；其中 " + result.notified() + " 人已通过微信收到通知"
				+ ((unreached > 0) ? "，其余 " + unreached + " 人请电话告知。" : "。");
	}

	/** What staff do to a slot. */
	enum SlotChange {

		MOVE("调整时段"), CANCEL("取消时段");

		private final String label;

		SlotChange(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
