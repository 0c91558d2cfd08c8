package cn.jianwu.portal.console.booking;

/**
 * What the console's start page shows of appointments.
 *
 * @param today bookings holding a place today, over the services whose day the member may
 * see; {@code null} when there is none
 * @param pending lawyers' bookings waiting for the case manager (待确认); {@code null} when
 * the member may not see them
 */
public record BookingCounts(Long today, Long pending) {

	/** Whether there is anything to show. */
	public boolean any() {
		return this.today != null || this.pending != null;
	}
}
