package cn.jianwu.portal.hall.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingTimesTest {

	private final BookingTimes times = BookingTimes.INSTANCE;

	@Test
	void writesTheHallsLocalTimesAsPeopleReadThem() {
		LocalDateTime start = LocalDateTime.of(2026, 12, 8, 9, 0);
		assertThat(this.times.day(LocalDate.of(2026, 12, 13))).isEqualTo("2026年12月13日（星期日）");
		assertThat(this.times.time(start)).isEqualTo("09:00");
		assertThat(this.times.dateTime(start)).isEqualTo("2026年12月8日（星期二）09:00");
		assertThat(this.times.span(start, start.plusMinutes(30))).isEqualTo("2026年12月8日（星期二）09:00—09:30");
		assertThat(this.times.span(start, start.plusDays(1))).isEqualTo("2026年12月8日（星期二）09:00—2026年12月9日（星期三）09:00");
		assertThat(this.times.iso(start)).isEqualTo("2026-12-08T09:00");
	}

	@Test
	void nothingReadsAsNothing() {
		assertThat(this.times.day(null)).isEmpty();
		assertThat(this.times.time(null)).isEmpty();
		assertThat(this.times.dateTime(null)).isEmpty();
		assertThat(this.times.span(null, null)).isEmpty();
		assertThat(this.times.span(LocalDateTime.of(2026, 12, 8, 9, 0), null)).isEqualTo("2026年12月8日（星期二）09:00");
	}

}
