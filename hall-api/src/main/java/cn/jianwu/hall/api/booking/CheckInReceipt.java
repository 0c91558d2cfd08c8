package cn.jianwu.hall.api.booking;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What the kiosk shows after “预约签到” ({@code POST /api/hall/appointments/check-in}).
 * Check-in is open on the slot's day from
 * {@code jianwu.hall.booking.check-in-opens-minutes-before} the start until the slot
 * ends; a booking pending confirmation or waitlisted cannot check in.
 *
 * @param serviceName the service
 * @param place where to go
 * @param slotStart when it starts
 * @param checkedInAt when the check-in was recorded (the first one, when repeated)
 */
public record CheckInReceipt(String serviceName, String place, LocalDateTime slotStart, Instant checkedInAt) {

}
