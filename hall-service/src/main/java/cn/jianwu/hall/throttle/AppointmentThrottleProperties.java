package cn.jianwu.hall.throttle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client limits of what is done with appointments and activities
 * ({@code jianwu.hall.throttle.appointments}), counted in the same window as submissions.
 *
 * @param bookingsPerWindow bookings one client may make in a window
 * @param lookupsPerWindow lookups, cancellations and calendar files by booking code
 * @param checkInsPerWindow check-ins by booking code (the kiosk is one client: generous)
 * @param signUpsPerWindow activity sign-ups
 */
@ConfigurationProperties("jianwu.hall.throttle.appointments")
public record AppointmentThrottleProperties(@DefaultValue("10") int bookingsPerWindow,
		@DefaultValue("30") int lookupsPerWindow, @DefaultValue("600") int checkInsPerWindow,
		@DefaultValue("10") int signUpsPerWindow) {

	static AppointmentThrottleProperties defaults() {
		return new AppointmentThrottleProperties(10, 30, 600, 10);
	}

}
