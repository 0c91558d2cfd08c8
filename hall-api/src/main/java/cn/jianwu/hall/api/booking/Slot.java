package cn.jianwu.hall.api.booking;

import java.time.LocalDateTime;

/**
 * One slot of a service ({@code GET /api/hall/services/{id}/slots?from=&to=}), in the
 * institution's local time (Asia/Shanghai).
 *
 * @param start when it starts
 * @param end when it ends
 * @param capacity places
 * @param remaining places still free
 * @param waitlisted bookings waiting for a place
 * @param bookable whether it can still be booked (in the booking window, not cancelled)
 * @param cancelled whether staff cancelled it
 */
public record Slot(LocalDateTime start, LocalDateTime end, int capacity, int remaining, int waitlisted,
		boolean bookable, boolean cancelled) {

}
