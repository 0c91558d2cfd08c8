package cn.jianwu.hall.api.handling;

import cn.jianwu.events.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The office assigns a message to a department ({@code .../assign}). */
public record AssignRequest(
		@NotBlank(message = "请选择承办部门") @Size(max = 50, message = "部门名称过长") @SingleLine String department) {

}
