package cn.jianwu.hall.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics file: one event, UTC times, escaped text, folded lines, no person. */
class CalendarFileTest {

	@Test
	void oneEventWithTheServiceThePlaceAndUtcTimes() {
		UUID id = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
		String ics = CalendarFile.of(id, "律师阅卷", "检察服务大厅3号阅卷室", Instant.parse("2026-12-08T01:00:00Z"),
				Instant.parse("2026-12-08T01:30:00Z"), Instant.parse("2026-12-07T02:00:00Z"), "hall.example");

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
			.contains("\r\nUID:appointment-" + id + "@hall.example\r\n")
			.contains("\r\nDTSTART:20261208T010000Z\r\n")
			.contains("\r\nDTEND:20261208T013000Z\r\n")
			.contains("\r\nSUMMARY:律师阅卷\r\n")
			.contains("\r\nLOCATION:检察服务大厅3号阅卷室\r\n");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
	}

	@Test
	void textIsEscapedAndLongLinesFoldedWithoutSplittingACharacter() {
		assertThat(CalendarFile.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
		String place = "检察服务大厅".repeat(10);
		String ics = CalendarFile.of(UUID.randomUUID(), "来访接待", place, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH,
				"h");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics.replace("\r\n ", "")).contains("LOCATION:" + place + "\r\n");
	}

}
