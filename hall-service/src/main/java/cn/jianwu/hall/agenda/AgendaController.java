package cn.jianwu.hall.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.agenda.AgendaLine;
import cn.jianwu.hall.booking.BookedAgenda;
import cn.jianwu.hall.booking.BookingClock;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/agenda?date=} (today by default): the booked reception slots and
 * the announced activities of the day ({@link ScheduledActivities}), in time order, and
 * the next open day.
 */
@RestController
class AgendaController {

	private static final Comparator<AgendaLine> IN_TIME_ORDER = Comparator.comparing(AgendaLine::start)
		.thenComparing(AgendaLine::end)
		.thenComparing(AgendaLine::title);

	private final BookedAgenda booked;

	private final ScheduledActivities activities;

	private final BookingClock clock;

	AgendaController(BookedAgenda booked, ScheduledActivities activities, BookingClock clock) {
		this.booked = booked;
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping("/api/public/agenda")
	Agenda agenda(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate day = (date != null) ? date : this.clock.today();
		List<AgendaLine> lines = new ArrayList<>(this.booked.on(day));
		lines.addAll(this.activities.on(day));
		lines.sort(IN_TIME_ORDER);
		return new Agenda(day, lines, this.activities.nextOpenDay(day).orElse(null));
	}

}
