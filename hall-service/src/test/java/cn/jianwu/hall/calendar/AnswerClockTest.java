package cn.jianwu.hall.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.platform.institution.InstitutionProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The clock on the State Council's 2026 arrangements (as V2__calendar_2025_2026.sql). */
class AnswerClockTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aMessageOfTheFridayBeforeNationalDayCountsPastMidAutumnAndTheGoldenWeek() {
		// Friday 25 September 2026 is itself the Mid-Autumn holiday; 10 October (a
		// Saturday) is worked.
		Deadlines deadlines = clock("2026-09-25T10:00:00+08:00").deadlines(MessageKind.SUGGESTION,
				at("2026-09-25T10:00:00+08:00"));
		assertThat(deadlines.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(deadlines.answerBy()).isEqualTo(LocalDate.of(2026, 12, 25));
	}

	@Test
	void aConsultationIsAnsweredInFifteenWorkingDays() {
		Deadlines deadlines = clock("2026-09-25T10:00:00+08:00").deadlines(MessageKind.CONSULTATION,
				at("2026-09-25T10:00:00+08:00"));
		assertThat(deadlines.answerBy()).isEqualTo(LocalDate.of(2026, 10, 22));
	}

	@Test
	void aMessageWrittenJustAfterMidnightInBeijingCountsFromThatDay() {
		// 00:30 on Friday 9 October in Beijing is still Thursday in UTC: the
		// institution's day decides.
		Deadlines deadlines = clock("2026-10-09T00:30:00+08:00").deadlines(MessageKind.SUGGESTION,
				at("2026-10-09T00:30:00+08:00"));
		assertThat(deadlines.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 10, 19));
	}

	@Test
	void anAnswerDayOnAHolidayMovesToTheNextWorkingDay() {
		// 1 July + 3 months = 1 October, National Day: the 8th is the next working day.
		Deadlines deadlines = clock("2026-07-01T09:00:00+08:00").deadlines(MessageKind.COMPLAINT,
				at("2026-07-01T09:00:00+08:00"));
		assertThat(deadlines.answerBy()).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void anAdministratorsNewYearChangesTheCount() {
		Map<LocalDate, Boolean> exceptions = new HashMap<>(days2026());
		WorkingCalendar calendar = calendar(exceptions, Set.of(2026));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
		exceptions.put(LocalDate.of(2027, 1, 1), false);
		WorkingCalendar with2027 = calendar(exceptions, Set.of(2026, 2027));
		assertThat(with2027.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void workingDaysBetweenSkipTheHolidays() {
		WorkingCalendar calendar = calendar(days2026(), Set.of(2026));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).isZero();
	}

	@Test
	void dueStatesFollowTheDayTheMessageWaitsFor() {
		AnswerClock clock = clock("2026-10-09T10:00:00+08:00");
		Deadlines deadlines = new Deadlines(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 25));
		assertThat(clock.due(MessageStatus.ASSIGNED, false, deadlines)).isEqualTo(DueState.DUE_SOON);
		assertThat(clock.due(MessageStatus.ACKNOWLEDGED, true, deadlines)).isEqualTo(DueState.ON_TIME);
		assertThat(clock("2026-10-13T10:00:00+08:00").due(MessageStatus.ASSIGNED, false, deadlines))
			.isEqualTo(DueState.OVERDUE);
		assertThat(clock("2027-01-04T10:00:00+08:00").due(MessageStatus.ANSWERED, true, deadlines))
			.isEqualTo(DueState.CLOSED);
	}

	private static AnswerClock clock(String now) {
		Clock clock = Clock.fixed(at(now), SHANGHAI);
		return new AnswerClock(calendar(days2026(), Set.of(2026)),
				new ClockProperties(7, 3, Map.of(MessageKind.CONSULTATION, 15), 3),
				new InstitutionProperties("XX区人民检察院", "12309", SHANGHAI), clock);
	}

	private static WorkingCalendar calendar(Map<LocalDate, Boolean> exceptions, Set<Integer> years) {
		CalendarDays days = new CalendarDays(exceptions, years);
		return new WorkingCalendar(new CalendarStore(null) {
			@Override
			CalendarDays load() {
				return days;
			}
		}, Clock.systemUTC(), null); // the clock only reads: no outbox
	}

	private static Map<LocalDate, Boolean> days2026() {
		Map<LocalDate, Boolean> days = new HashMap<>();
		for (String holiday : List.of("2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02",
				"2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07")) {
			days.put(LocalDate.parse(holiday), false);
		}
		days.put(LocalDate.parse("2026-09-20"), true);
		days.put(LocalDate.parse("2026-10-10"), true);
		return days;
	}

	private static Instant at(String offsetDateTime) {
		return java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
	}

}
