package cn.jianwu.reports.obligation;

import java.time.LocalDate;
import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.obligation.DutyState;
import cn.jianwu.reports.api.reminder.Reminder;
import cn.jianwu.reports.api.reminder.Severity;
import cn.jianwu.reports.calendar.WorkingDays;
import cn.jianwu.reports.reminder.ReminderSource;

import org.springframework.stereotype.Component;

/**
 * Reminds a department's clerks and section head of its tasks ("责任到人"): those due within
 * the configured working days, and those overdue.
 */
@Component
class ObligationReminders implements ReminderSource {

	static final String KIND = "OBLIGATION";

	private final Duties duties;

	private final WorkingDays workingDays;

	private final ObligationProperties properties;

	ObligationReminders(Duties duties, WorkingDays workingDays, ObligationProperties properties) {
		this.duties = duties;
		this.workingDays = workingDays;
		this.properties = properties;
	}

	@Override
	public List<Reminder> remindersFor(StaffIdentity caller, LocalDate today) {
		boolean responsible = caller.hasRole(StaffRole.CLERK.name()) || caller.hasRole(StaffRole.SECTION_HEAD.name());
		if (!responsible || caller.department() == null || caller.department().isBlank()) {
			return List.of();
		}
		LocalDate soon = this.workingDays.plusWorkingDays(today, this.properties.reminderWorkingDays());
		return this.duties.tasks(caller.department(), today)
			.stream()
			.filter((duty) -> duty.state() == DutyState.OVERDUE
					|| (duty.state() == DutyState.DUE && !duty.dueDate().isAfter(soon)))
			.map((duty) -> {
				Severity severity = (duty.state() == DutyState.OVERDUE) ? Severity.OVERDUE : Severity.WARNING;
				return new Reminder(KIND, duty.title() + "（" + duty.periodLabel() + "）" + severity.label(),
						duty.dueDate(), severity, duty.composeLink());
			})
			.toList();
	}

}
