package cn.jianwu.portal.console.booking;

/**
 * What the console's start page shows of appointments.
 *
 * @param today bookings holding a place today, over the services the member may see
 * @param pending lawyers' bookings waiting for the case manager (待确认)
 */
public record BookingCounts(long today, long pending) {
}
