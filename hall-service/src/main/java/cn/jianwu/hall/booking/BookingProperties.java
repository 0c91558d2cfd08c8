package cn.jianwu.hall.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Appointments ({@code jianwu.hall.booking}; the check-in and reminder keys belong to the
 * desk).
 *
 * @param maxSlotDays the longest range of days one slot listing covers
 */
@ConfigurationProperties("jianwu.hall.booking")
public record BookingProperties(@DefaultValue("31") int maxSlotDays) {

}
