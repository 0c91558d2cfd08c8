package cn.jianwu.hall.booking.desk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The desk's side of bookings ({@code jianwu.hall.booking.check-in-*}); the reminder's
 * time is {@code jianwu.hall.booking.reminder-cron}, read by {@link ReminderSweep}.
 *
 * @param checkInOpensMinutesBefore how long before a slot starts its bookings may check
 * in (until it ends)
 * @param checkInNoShowSweep how often bookings of ended slots that never checked in are
 * marked {@code NO_SHOW}
 */
@ConfigurationProperties("jianwu.hall.booking")
record DeskProperties(@DefaultValue("60") int checkInOpensMinutesBefore,
		@DefaultValue("5m") Duration checkInNoShowSweep) {

}
