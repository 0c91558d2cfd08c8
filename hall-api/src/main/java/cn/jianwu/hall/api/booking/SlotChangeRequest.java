package cn.jianwu.hall.api.booking;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Staff move a slot to another time or cancel it ({@code POST
 * /api/hall/staff/services/{id}/slots/move}, {@code .../slots/cancel}); everyone booked
 * on it is told, with the reason.
 *
 * @param slotStart the slot, local time
 * @param newStart where its bookings go, for a move ({@code null} to cancel)
 * @param reason what the people booked are told
 */
public record SlotChangeRequest(@NotNull(message = "请选择时段") LocalDateTime slotStart, LocalDateTime newStart,
		@NotBlank(message = "请填写原因") @Size(max = 500, message = "原因不能超过500个字") String reason) {

}
