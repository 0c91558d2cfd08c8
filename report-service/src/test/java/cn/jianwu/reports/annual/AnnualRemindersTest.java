package cn.jianwu.reports.annual;

import java.time.LocalDate;
import java.util.Optional;

import cn.jianwu.reports.api.annual.AnnualState;
import cn.jianwu.reports.api.reminder.Reminder;
import cn.jianwu.reports.api.reminder.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualRemindersTest {

	@Test
	void remindsTheOfficeAndTheChiefFromTheFirstOfDecember() {
		assertThat(AnnualReminders.reminder(null, true, false, LocalDate.of(2026, 11, 30))).isEmpty();
		Optional<Reminder> first = AnnualReminders.reminder(null, true, false, LocalDate.of(2026, 12, 1));
		assertThat(first).hasValueSatisfying((reminder) -> {
			assertThat(reminder.severity()).isEqualTo(Severity.INFO);
			assertThat(reminder.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
			assertThat(reminder.title()).contains("2026年度", "尚未生成");
			assertThat(reminder.link()).isEqualTo("/console/reports/annual?year=2026");
		});
		assertThat(AnnualReminders.reminder(AnnualState.DRAFT, true, false, LocalDate.of(2026, 12, 5)))
			.hasValueSatisfying((reminder) -> assertThat(reminder.title()).contains("草稿尚未提交"));
	}

	@Test
	void warnsFromTheTwentiethAndTellsTheSupervisionGroupThen() {
		assertThat(AnnualReminders.reminder(AnnualState.SUBMITTED, false, true, LocalDate.of(2026, 12, 19))).isEmpty();
		assertThat(AnnualReminders.reminder(AnnualState.SUBMITTED, false, true, LocalDate.of(2026, 12, 20)))
			.hasValueSatisfying((reminder) -> {
				assertThat(reminder.severity()).isEqualTo(Severity.WARNING);
				assertThat(reminder.title()).contains("已提交审批，尚未公开");
			});
		assertThat(AnnualReminders.reminder(null, true, false, LocalDate.of(2026, 12, 31)))
			.hasValueSatisfying((reminder) -> assertThat(reminder.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void saysNothingOncePublishedOrToOtherStaff() {
		assertThat(AnnualReminders.reminder(AnnualState.PUBLISHED, true, true, LocalDate.of(2026, 12, 25))).isEmpty();
		assertThat(AnnualReminders.reminder(null, false, false, LocalDate.of(2026, 12, 25))).isEmpty();
	}

}
