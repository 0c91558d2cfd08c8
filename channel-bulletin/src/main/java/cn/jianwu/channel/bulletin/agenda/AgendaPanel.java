package cn.jianwu.channel.bulletin.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.agenda.AgendaLine;

/**
 * The hall screens' agenda panel as the page renders it (the {@code agenda} event, and
 * the snapshot's {@code agenda}): today's reception agenda (今日接待安排) and the next open day
 * (下次检察开放日), in the words and times people read. Times, titles and places only:
 * hall-service's agenda names nobody, and neither does this.
 *
 * @param date the day shown, ISO ({@code 2026-12-08}), so the page can tell a stale panel
 * @param dateLabel the day as people read it (“12月8日 星期二”)
 * @param lines today's lines in time order
 * @param nextOpenDay the next open day, or {@code null} when none is announced
 */
public record AgendaPanel(String date, String dateLabel, List<Line> lines, Line nextOpenDay) {

	private static final String[] WEEKDAYS = { "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public AgendaPanel {
		lines = List.copyOf(lines);
	}

	/** Before hall-service has answered once: an empty panel for the day. */
	public static AgendaPanel empty(LocalDate date) {
		return new AgendaPanel(date.toString(), dayLabel(date), List.of(), null);
	}

	public static AgendaPanel of(Agenda agenda) {
		List<Line> lines = agenda.lines()
			.stream()
			.sorted(Comparator.comparing(AgendaLine::start, Comparator.nullsLast(Comparator.naturalOrder())))
			.map((line) -> Line.of(line, false))
			.toList();
		Line next = (agenda.nextOpenDay() != null) ? Line.of(agenda.nextOpenDay(), true) : null;
		return new AgendaPanel(agenda.date().toString(), dayLabel(agenda.date()), lines, next);
	}

	private static String dayLabel(LocalDate date) {
		return date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + WEEKDAYS[date.getDayOfWeek().ordinal()];
	}

	/**
	 * One line of the panel.
	 *
	 * @param time when (“09:30–10:00”; for the next open day with its date: “12月12日
	 * 09:00–11:30”)
	 * @param title the service or the activity
	 * @param kindLabel what it is
	 * @param place where (may be empty)
	 */
	public record Line(String time, String title, String kindLabel, String place) {

		static Line of(AgendaLine line, boolean withDate) {
			return new Line(time(line.start(), line.end(), withDate), line.title(), orEmpty(line.kindLabel()),
					orEmpty(line.place()));
		}

		private static String time(LocalDateTime start, LocalDateTime end, boolean withDate) {
			if (start == null) {
				return "";
			}
			String from = (withDate ? start.getMonthValue() + "月" + start.getDayOfMonth() + "日 " : "")
					+ TIME.format(start);
			if (end == null) {
				return from;
			}
			boolean sameDay = end.toLocalDate().equals(start.toLocalDate());
			String to = (sameDay ? "" : end.getMonthValue() + "月" + end.getDayOfMonth() + "日 ") + TIME.format(end);
			return from + "–" + to;
		}

		private static String orEmpty(String text) {
			return (text != null) ? text : "";
		}

	}

}
