package cn.jianwu.hall.api.booking;

/**
 * What moving or cancelling a slot did.
 *
 * @param affected bookings moved or cancelled
 * @param notified of those, how many were told on WeChat (the others see it when they
 * look their booking up, and the desk calls them)
 */
public record SlotChangeResult(int affected, int notified) {

}
