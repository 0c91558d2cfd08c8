package cn.jianwu.hall.booking.slot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.ServiceSlots;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.hall.booking.BookingProperties;
import cn.jianwu.hall.booking.service.ServiceRepository;
import cn.jianwu.hall.calendar.WorkingCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hall/services/{id}/slots?from=&to=}: an active service's slots, from
 * today (by default) over at most {@code jianwu.hall.booking.max-slot-days} days (by
 * default the whole booking window, within that limit).
 */
@RestController
class SlotController {

	private final ServiceRepository services;

	private final SlotRepository slots;

	private final WorkingCalendar calendar;

	private final BookingClock clock;

	private final BookingProperties properties;

	SlotController(ServiceRepository services, SlotRepository slots, WorkingCalendar calendar, BookingClock clock,
			BookingProperties properties) {
		this.services = services;
		this.slots = slots;
		this.calendar = calendar;
		this.clock = clock;
		this.properties = properties;
	}

	@GetMapping("/api/hall/services/{id}/slots")
	ServiceSlots slots(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		BookableService service = this.services.find(id)
			.filter(BookableService::active)
			.orElseThrow(BookingProblem::serviceNotFound);
		LocalDateTime now = this.clock.now();
		LocalDate first = (from != null) ? from : now.toLocalDate();
		int maxDays = this.properties.maxSlotDays();
		LocalDate last = (to != null) ? to : first.plusDays(Math.min(maxDays, service.bookingDaysAhead() + 1) - 1L);
		if (last.isBefore(first)) {
			throw BookingProblem.invalid("结束日期不能早于开始日期");
		}
		if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
			throw BookingProblem.invalid("一次最多查询" + maxDays + "天的时段");
		}
		return new ServiceSlots(id, first, last,
				SlotListing.slots(service, first, last, now, this.calendar::isWorkingDay,
						this.slots.between(id, first, last), this.slots.waitlisted(id, first, last)));
	}

}
