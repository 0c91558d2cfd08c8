package cn.jianwu.reports.annual;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.annual.AnnualState;
import cn.jianwu.reports.api.reminder.Reminder;
import cn.jianwu.reports.api.reminder.Severity;
import cn.jianwu.reports.reminder.ReminderSource;

import org.springframework.stereotype.Component;

/**
 * The annual report's console notices (seed §五(三): published before 31 December). From 1
 * December the office and the chief are reminded until it is published; from 20 December
 * the notice is a warning, and the supervision group sees it too.
 */
@Component
class AnnualReminders implements ReminderSource {

	static final String KIND = "ANNUAL_REPORT";

	static final MonthDay REMIND_FROM = MonthDay.of(12, 1);

	static final MonthDay WARN_FROM = MonthDay.of(12, 20);

	static final MonthDay PUBLISH_BY = MonthDay.of(12, 31);

	/** The portal's console page of the report. */
	static final String PAGE = "/console/reports/annual";

	private final AnnualReports reports;

	private final AnnualAccess access;

	AnnualReminders(AnnualReports reports, AnnualAccess access) {
		this.reports = reports;
		this.access = access;
	}

	@Override
	public List<Reminder> remindersFor(StaffIdentity caller, LocalDate today) {
		boolean writerOrChief = this.access.mayWrite(caller) || caller.hasRole(StaffRole.CHIEF.name());
		boolean supervisor = caller.hasRole(StaffRole.SUPERVISOR.name());
		if (MonthDay.from(today).isBefore(REMIND_FROM) || !(writerOrChief || supervisor)) {
			return List.of();
		}
		AnnualState state = this.reports.find(today.getYear()).map(AnnualReport::state).orElse(null);
		return reminder(state, writerOrChief, supervisor, today).map(List::of).orElse(List.of());
	}

	/**
	 * The rule itself.
	 * @param state the year's report's state, {@code null} when none was generated
	 */
	static Optional<Reminder> reminder(AnnualState state, boolean writerOrChief, boolean supervisor, LocalDate today) {
		MonthDay day = MonthDay.from(today);
		boolean warning = !day.isBefore(WARN_FROM);
		if (day.isBefore(REMIND_FROM) || state == AnnualState.PUBLISHED
				|| !(writerOrChief || (supervisor && warning))) {
			return Optional.empty();
		}
		int year = today.getYear();
		String title;
		if (state == null) {
			title = year + "年度检务公开工作报告尚未生成，须于12月31日前公开";
		}
		else if (state == AnnualState.DRAFT) {
			title = year + "年度检务公开工作报告草稿尚未提交审批，须于12月31日前公开";
		}
		else {
			title = year + "年度检务公开工作报告已提交审批，尚未公开";
		}
		return Optional.of(new Reminder(KIND, title, today.with(PUBLISH_BY), warning ? Severity.WARNING : Severity.INFO,
				PAGE + "?year=" + year));
	}

}
