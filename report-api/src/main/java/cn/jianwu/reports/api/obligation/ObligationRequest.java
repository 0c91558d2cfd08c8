package cn.jianwu.reports.api.obligation;

import java.time.LocalDate;

import cn.jianwu.events.Category;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An obligation as the register's editors (ADMIN, SUPERVISOR) enter or change it. Which
 * due fields a frequency needs is checked by report-service: QUARTERLY and LONG_TERM need
 * none, YEARLY a month and day or a number of days, AD_HOC may carry a due date.
 *
 * @param title what must be disclosed, e.g. 年度部门预算
 * @param department the responsible department (责任部门)
 * @param category the items' category
 * @param subKind the case-information kind (disclosure-api {@code SubKind} name), only
 * for {@link Category#CASE_INFO}
 * @param frequency how often
 * @param dueMonth YEARLY: the month of the due day
 * @param dueDay YEARLY: the day of the month
 * @param dueWithinDays YEARLY: due within this many days of the year's start instead
 * @param dueDate AD_HOC: the one due day (a rectification demand)
 * @param basis the clause that requires it, e.g. 《实施意见》四（一）2
 * @param active whether duties are still due (deactivate rather than delete)
 */
public record ObligationRequest(@NotBlank(message = "请填写公开事项名称") @Size(max = 200, message = "事项名称不超过200字") String title,
		@NotBlank(message = "请选择责任部门") @Size(max = 100, message = "部门名称不超过100字") String department,
		@NotNull(message = "请选择公开类别") Category category, String subKind,
		@NotNull(message = "请选择公开频次") Frequency frequency,
		@Min(value = 1, message = "月份应为1至12") @Max(value = 12, message = "月份应为1至12") Integer dueMonth,
		@Min(value = 1, message = "日期应为1至31") @Max(value = 31, message = "日期应为1至31") Integer dueDay,
		@Min(value = 1, message = "期限天数至少为1天") @Max(value = 366, message = "期限天数不超过366天") Integer dueWithinDays,
		LocalDate dueDate, @Size(max = 500, message = "依据不超过500字") String basis, Boolean active) {

}
