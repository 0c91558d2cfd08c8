package cn.jianwu.hall.api.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff refuse a lawyer's booking ({@code POST /api/hall/staff/appointments/{id}/refuse})
 * or cancel a slot, with the reason the person is told.
 *
 * @param reason plain text
 */
public record ReasonRequest(@NotBlank(message = "请填写原因") @Size(max = 500, message = "原因不能超过500个字") String reason) {

}
