package cn.jianwu.events;

import java.time.Instant;

/**
 * A booking was cancelled, by the person or by staff; its place is free again.
 *
 * @param appointmentId the booking's id
 * @param serviceId the bookable service or activity
 * @param slotStart when the slot was to start
 * @param byStaff whether staff cancelled it (a cancelled or moved slot)
 * @param cancelledAt when
 */
public record HallAppointmentCancelled(String appointmentId, String serviceId, Instant slotStart, boolean byStaff,
		Instant cancelledAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.appointmentId;
	}

}
