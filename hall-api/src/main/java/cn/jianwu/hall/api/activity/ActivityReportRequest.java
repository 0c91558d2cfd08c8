package cn.jianwu.hall.api.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff report on a held activity ({@code POST /api/hall/staff/activities/{id}/report});
 * it becomes a disclosure item through the approval chain.
 *
 * @param summary what happened, plain text
 */
public record ActivityReportRequest(
		@NotBlank(message = "请填写活动报道") @Size(max = 20000, message = "活动报道不能超过20000个字") String summary) {

}
