package cn.jianwu.reports.api.archive;

import cn.jianwu.reports.api.Quarter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Seal a past quarter's volumes on demand.
 *
 * @param quarter the quarter, e.g. {@code 2026Q3}; it must be over
 * @param department one department's volume, or {@code null} for every department that
 * published something in the quarter
 */
public record SealRequest(@NotNull(message = "请选择季度") Quarter quarter,
		@Size(max = 100, message = "部门名称过长") String department) {

}
