package cn.jianwu.reports.api.inspection;

import java.time.LocalDate;

import cn.jianwu.events.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rectification demand of the supervision group: at sign-off it becomes a one-off
 * disclosure obligation of the department, due on {@code due}.
 *
 * @param department the department that must rectify
 * @param title what it must do (the obligation's title)
 * @param category the category of the disclosure it concerns
 * @param due the day it must be done by
 * @param obligationId the obligation it became at sign-off; {@code null} before, and
 * ignored in requests
 */
public record RectificationDemand(@NotBlank(message = "请填写整改部门") @Size(max = 100) String department,
		@NotBlank(message = "请填写整改要求") @Size(max = 500, message = "整改要求不超过500字") String title,
		@NotNull(message = "请选择公开类别") Category category, @NotNull(message = "请填写整改期限") LocalDate due,
		String obligationId) {

	/** The same demand as the obligation it became. */
	public RectificationDemand became(String obligationId) {
		return new RectificationDemand(this.department, this.title, this.category, this.due, obligationId);
	}

}
