package cn.jianwu.events;

import java.time.Instant;

/**
 * Someone booked a place on a bookable service (an appointment) or signed up for an
 * activity; the hall's agenda may have changed. Never the person.
 *
 * @param appointmentId the booking's id
 * @param serviceId the bookable service or activity booked
 * @param slotStart when the slot starts
 * @param state the booking's state on the wire ({@code CONFIRMED},
 * {@code PENDING_CONFIRMATION}, {@code WAITLISTED})
 * @param channel where it was booked
 * @param bookedAt when
 */
public record HallAppointmentBooked(String appointmentId, String serviceId, Instant slotStart, String state,
		SubmissionChannel channel, Instant bookedAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.appointmentId;
	}

}
