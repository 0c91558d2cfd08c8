package cn.jianwu.portal.hall.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the hall's local times read on the booking, activity and kiosk pages: hall-service
 * gives them in the institution's zone already, so they are only written out, e.g.
 * 2026年12月8日（星期二）09:00—09:30.
 */
public final class BookingTimes {

	/** The one instance the templates call. */
	public static final BookingTimes INSTANCE = new BookingTimes();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final String[] WEEKDAYS = { "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日" };

	private BookingTimes() {
	}

	/** A day with its weekday, e.g. 2026年12月8日（星期二）; "" for none. */
	public String day(LocalDate day) {
		return (day != null) ? DATE.format(day) + "（" + weekday(day.getDayOfWeek()) + "）" : "";
	}

	/** A time of day, e.g. 09:30; "" for none. */
	public String time(LocalDateTime moment) {
		return (moment != null) ? TIME.format(moment) : "";
	}

	/** A moment, e.g. 2026年12月8日（星期二）09:30; "" for none. */
	public String dateTime(LocalDateTime moment) {
		return (moment != null) ? day(moment.toLocalDate()) + TIME.format(moment) : "";
	}

	/**
	 * A span, the day written once when both ends are on it, e.g.
	 * 2026年12月8日（星期二）09:00—09:30.
	 */
	public String span(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "";
		}
		if (end == null) {
			return dateTime(start);
		}
		String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : dateTime(end);
		return dateTime(start) + "—" + until;
	}

	/** The machine-readable form for {@code <time datetime>} and form values. */
	public String iso(LocalDateTime moment) {
		return (moment != null) ? moment.toString() : "";
	}

	private static String weekday(DayOfWeek day) {
		return WEEKDAYS[day.getValue() - 1];
	}

}
