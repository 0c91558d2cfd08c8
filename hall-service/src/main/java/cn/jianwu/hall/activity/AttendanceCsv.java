package cn.jianwu.hall.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.jianwu.hall.api.activity.Attendee;

/**
 * The attendance file staff open in Excel: UTF-8 with a byte order mark (without it Excel
 * reads Chinese as gibberish), a header row in Chinese, the columns of {@link Attendee},
 * times in the institution's zone. A cell that starts like a formula is quoted as text,
 * so that a name such as “=HYPERLINK(…)” never runs in a spreadsheet.
 */
final class AttendanceCsv {

	static final String[] HEADERS = { "序号", "姓名", "联系电话", "身份证号码后四位", "工作单位", "特邀身份", "状态", "候补位次", "报名渠道", "报名时间",
			"签到时间" };

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private AttendanceCsv() {
	}

	static byte[] write(List<Attendee> attendees, ZoneId zone) {
		StringBuilder csv = new StringBuilder();
		row(csv, HEADERS);
		int number = 1;
		for (Attendee attendee : attendees) {
			row(csv, String.valueOf(number++), attendee.name(), attendee.phone(), attendee.idLast4(),
					attendee.organisation(), (attendee.inviteeRole() != null) ? attendee.inviteeRole().label() : "",
					attendee.stateLabel(),
					(attendee.waitlistPosition() > 0) ? String.valueOf(attendee.waitlistPosition()) : "",
					attendee.channel().label(), time(attendee.signedUpAt(), zone), time(attendee.checkedInAt(), zone));
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(text, 0, file, BOM.length, text.length);
		return file;
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** RFC 4180 quoting, with formulas defused. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| !text.equals(value)) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static String time(Instant instant, ZoneId zone) {
		return (instant != null) ? TIME.format(instant.atZone(zone)) : "";
	}

}
