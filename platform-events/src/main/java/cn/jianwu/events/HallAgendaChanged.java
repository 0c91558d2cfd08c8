package cn.jianwu.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The hall's reception agenda of a day changed (a booking, a cancellation, a moved or
 * cancelled slot, an activity). The hall screens fetch the day's agenda again from
 * hall-service; the event carries no line of it.
 *
 * @param date the day whose agenda changed, in the institution's zone
 * @param changedAt when
 */
public record HallAgendaChanged(LocalDate date, Instant changedAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.date.toString();
	}

}
