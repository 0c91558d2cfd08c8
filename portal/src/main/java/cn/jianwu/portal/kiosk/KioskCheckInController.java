package cn.jianwu.portal.kiosk;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.hall.KioskBookings;
import cn.jianwu.portal.hall.KioskBookings.CheckInOutcome;
import cn.jianwu.portal.site.BackendUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kiosk's 预约签到: the on-screen keypad for the 12-digit booking code and the last four
 * of the ID number, sent on the server to hall-service's check-in, and "签到成功" with the
 * service, the place and the time in large type, or why not in Chinese; and 今日接待安排, the
 * day's reception agenda. Like the query, each page goes back to the kiosk's start after
 * a spell without a touch ({@code js/kiosk.js}).
 */
@Controller
class KioskCheckInController {

	private static final Logger log = LoggerFactory.getLogger(KioskCheckInController.class);

	private static final String PAGE = "kiosk-check-in";

	static final String UNAVAILABLE = "预约服务暂时不可用，请到服务窗口办理签到。";

	private final KioskBookings bookings;

	private final InstitutionProperties institution;

	KioskCheckInController(KioskBookings bookings, InstitutionProperties institution) {
		this.bookings = bookings;
		this.institution = institution;
	}

	@GetMapping("/kiosk/check-in")
	String start() {
		return PAGE;
	}

	@PostMapping("/kiosk/check-in")
	String checkIn(@RequestParam(required = false) String bookingCode, @RequestParam(required = false) String idLast4,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		CheckInOutcome outcome = this.bookings.checkIn(bookingCode, idLast4, request);
		if (outcome.receipt() != null) {
			model.addAttribute("receipt", outcome.receipt());
		}
		else {
			response.setStatus(outcome.status());
			model.addAttribute("failure", outcome.unavailable() ? UNAVAILABLE : outcome.failure());
		}
		return PAGE;
	}

	@GetMapping("/kiosk/agenda")
	String agenda(HttpServletResponse response, Model model) {
		LocalDate today = LocalDate.now(this.institution.zone());
		model.addAttribute("today", today);
		try {
			model.addAttribute("agenda", this.bookings.agenda(today));
		}
		catch (BackendUnavailableException ex) {
			log.warn("Kiosk agenda unavailable: {}", ex.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("failure", "今日接待安排暂时无法显示，请咨询服务窗口。");
		}
		return PAGE + "-agenda";
	}

}
