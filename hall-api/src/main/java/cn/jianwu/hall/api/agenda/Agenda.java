package cn.jianwu.hall.api.agenda;

import java.time.LocalDate;
import java.util.List;

/**
 * The hall's reception agenda of a day (今日接待安排; {@code GET /api/public/agenda?date=}) and
 * the next open day: times, services and places, never who booked.
 *
 * @param date the day
 * @param lines the day's slots that have at least one booking holding a place, and the
 * day's activities, in time order
 * @param nextOpenDay the next announced open day (检察开放日) from the day on, or {@code null}
 */
public record Agenda(LocalDate date, List<AgendaLine> lines, AgendaLine nextOpenDay) {

	public Agenda {
		lines = List.copyOf(lines);
	}

}
