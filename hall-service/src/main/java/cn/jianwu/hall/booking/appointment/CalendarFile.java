package cn.jianwu.hall.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The booking as an iCalendar file (RFC 5545): one event, its UID from the booking's id,
 * the times in UTC, the service as summary and the place as location — nothing of the
 * person, so that a calendar synchronised elsewhere leaks nothing.
 */
final class CalendarFile {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private CalendarFile() {
	}

	static String of(UUID appointmentId, String summary, String place, Instant start, Instant end, Instant stamp,
			String host) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//jianwu//hall-service//ZH");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:appointment-" + appointmentId + "@" + host);
		line(ics, "DTSTAMP:" + UTC.format(stamp));
		line(ics, "DTSTART:" + UTC.format(start));
		line(ics, "DTEND:" + UTC.format(end));
		line(ics, "SUMMARY:" + text(summary));
		line(ics, "LOCATION:" + text(place));
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends a content line, folded at 75 octets without splitting a UTF-8 character,
	 * ended by CRLF.
	 */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
