package cn.jianwu.portal.hall.booking;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.hall.api.booking.BookingReceipt;
import cn.jianwu.hall.api.booking.ServiceSlots;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 预约服务: the bookable services, a service's slots with the booking form, the receipt with
 * the booking code shown this once, the calendar file, and the lookup and cancellation by
 * code. The code travels only in posted forms, never in an address, and no page that
 * shows it is stored.
 */
@Controller
class AppointmentsController {

	static final String SERVICE_PAGE = "hall/booking/service";

	static final String LOOKUP_PAGE = "hall/booking/lookup";

	/** The most days of slots one page asks for (hall-service answers at most 31). */
	static final int MAX_DAYS = 30;

	private final BookingClient client;

	private final InstitutionProperties institution;

	AppointmentsController(BookingClient client, InstitutionProperties institution) {
		this.client = client;
		this.institution = institution;
	}

	@GetMapping("/hall/appointments")
	@PublicPage(maxAgeSeconds = 60)
	String services(Model model) {
		model.addAttribute("services", this.client.services());
		return "hall/booking/services";
	}

	@GetMapping("/hall/appointments/{serviceId}")
	String service(@PathVariable String serviceId, @RequestParam(required = false) String slot, Model model) {
		BookableService service = service(serviceId);
		showService(service, BookingForm.blank(slot), model);
		return SERVICE_PAGE;
	}

	@PostMapping("/hall/appointments/{serviceId}")
	String book(@PathVariable String serviceId, @RequestParam(required = false) String slotStart,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String idLast4, @RequestParam(required = false) String purpose,
			@RequestParam(required = false) String licenceNumber, @RequestParam(required = false) String lawFirm,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String joinWaitlist,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		BookableService service = service(serviceId);
		BookingForm form = new BookingForm(slotStart, name, phone, idLast4, purpose, licenceNumber, lawFirm, caseNumber,
				"true".equals(joinWaitlist));
		HallAnswer<BookingReceipt> answer = this.client
			.book(form.request(service.id(), service.forLawyers(), SubmissionChannel.WEB), request);
		if (answer.ok()) {
			model.addAttribute("receipt", answer.value());
			model.addAttribute("idLast4", BookingCodes.of(answer.value().bookingCode(), idLast4).idLast4());
			return "hall/booking/receipt";
		}
		response.setStatus(answer.status());
		model.addAttribute("errors", answer.errors());
		showService(service, form, model);
		return SERVICE_PAGE;
	}

	@PostMapping("/hall/appointments/calendar")
	Object calendar(@RequestParam(required = false) String bookingCode, @RequestParam(required = false) String idLast4,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		HallAnswer<byte[]> answer = this.client.calendar(BookingCodes.of(bookingCode, idLast4), request);
		if (answer.ok()) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("appointment.ics").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(answer.value());
		}
		response.setStatus(answer.status());
		model.addAttribute("failure", answer.failure());
		return LOOKUP_PAGE;
	}

	@GetMapping("/hall/appointments/lookup")
	String lookupForm() {
		return LOOKUP_PAGE;
	}

	@PostMapping("/hall/appointments/lookup")
	String lookup(@RequestParam(required = false) String bookingCode, @RequestParam(required = false) String idLast4,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		BookingCodeRequest code = BookingCodes.of(bookingCode, idLast4);
		return show(this.client.lookup(code, request), code, response, model);
	}

	/**
	 * Cancelling takes two posts: the first shows the booking and asks to confirm, the
	 * second ({@code confirm=yes}) cancels.
	 */
	@PostMapping("/hall/appointments/cancel")
	String cancel(@RequestParam(required = false) String bookingCode, @RequestParam(required = false) String idLast4,
			@RequestParam(required = false) String confirm, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		BookingCodeRequest code = BookingCodes.of(bookingCode, idLast4);
		if (!"yes".equals(confirm)) {
			model.addAttribute("confirmCancel", true);
			return show(this.client.lookup(code, request), code, response, model);
		}
		HallAnswer<AppointmentLookup> answer = this.client.cancel(code, request);
		if (answer.ok()) {
			model.addAttribute("cancelled", true);
		}
		return show(answer, code, response, model);
	}

	private String show(HallAnswer<AppointmentLookup> answer, BookingCodeRequest code, HttpServletResponse response,
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

	private void showService(BookableService service, BookingForm form, Model model) {
		LocalDate today = LocalDate.now(this.institution.zone());
		int days = Math.min(Math.max(service.bookingDaysAhead(), 1), MAX_DAYS);
		ServiceSlots slots = this.client.slots(service.id(), today, today.plusDays(days));
		model.addAttribute("service", service);
		model.addAttribute("days", SlotDay.of(slots.slots()));
		model.addAttribute("form", form);
	}

	private BookableService service(String id) {
		return this.client.service(parse(id)).orElseThrow(() -> new PageNotFoundException("service " + id));
	}

	private static UUID parse(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			if (uuid.toString().equalsIgnoreCase(id)) {
				return uuid;
			}
		}
		catch (IllegalArgumentException ex) {
			// not a service's address
		}
		throw new PageNotFoundException("service " + id);
	}

}
