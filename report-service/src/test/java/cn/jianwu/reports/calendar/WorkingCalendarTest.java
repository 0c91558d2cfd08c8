package cn.jianwu.reports.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingCalendarTest {

	/**
	 * 2026: National Day 1–7 October off, Sunday 20 September and Saturday 10 October
	 * worked.
	 */
	static WorkingCalendar nationalDay2026() {
		Set<LocalDate> off = new HashSet<>();
		for (int day = 1; day <= 7; day++) {
			off.add(LocalDate.of(2026, 10, day));
		}
		return new WorkingCalendar(off, Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));
	}

	@Test
	void holidaysAreOffAndAdjustedWeekendDaysAreWorked() {
		WorkingCalendar calendar = nationalDay2026();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).as("a Monday of National Day").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("the 调休 Saturday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("an ordinary Sunday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("the 调休 Sunday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 9))).isTrue();
	}

	@Test
	void countsWorkingDaysAcrossTheHoliday() {
		WorkingCalendar calendar = nationalDay2026();
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 3), 0)).as("a day off moves to the next working day")
			.isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 28), 20)).isEqualTo(LocalDate.of(2026, 10, 30));
	}

	@Test
	void theLastWorkingDayOfAPeriodSkipsHolidaysAndWeekends() {
		WorkingCalendar calendar = nationalDay2026();
		assertThat(calendar.lastWorkingDay(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
			.isEqualTo(LocalDate.of(2026, 9, 30));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.lastWorkingDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
		WorkingCalendar yearEndOff = new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31)),
				Set.of());
		assertThat(yearEndOff.lastWorkingDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
			.isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(new WorkingCalendar(Set.of(), Set.of()).lastWorkingDay(LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 3, 31)))
			.as("weekends only: 31 March 2027 is a Wednesday")
			.isEqualTo(LocalDate.of(2027, 3, 31));
	}

}
