package cn.jianwu.reports.reminder;

import java.time.LocalDate;
import java.util.List;

import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.reminder.Reminder;

/**
 * A feature's console notices: declare a bean, and {@code GET /api/reports/reminders}
 * gives the caller every source's notices together (the obligations' due and overdue
 * tasks, the annual report from 1 December).
 */
public interface ReminderSource {

	/**
	 * @param caller who asks, as the token says (roles and department)
	 * @param today the day in the institution's zone
	 * @return the caller's notices, empty when none concern them
	 */
	List<Reminder> remindersFor(StaffIdentity caller, LocalDate today);

}
