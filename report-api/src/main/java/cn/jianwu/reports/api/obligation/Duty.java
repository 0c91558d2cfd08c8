package cn.jianwu.reports.api.obligation;

import java.time.LocalDate;

import cn.jianwu.events.Category;

/**
 * One period's instance of an obligation ("公开任务"): what is due by when, and whether it
 * was met.
 *
 * @param obligationId the register's entry
 * @param period the period, e.g. 2026Q4, 2026, or 长期 for a standing duty
 * @param periodLabel the period as staff read it, e.g. 2026年第四季度
 * @param dueDate the due working day
 * @param state where it stands as of the day asked for
 * @param itemId the item that met it, if any
 * @param metOn the day that item was published, if any
 * @param composeLink where the department drafts the item that meets it
 */
public record Duty(String obligationId, String title, String department, Category category, String subKind,
		Frequency frequency, String period, String periodLabel, LocalDate dueDate, DutyState state, String itemId,
		LocalDate metOn, String composeLink) {

}
