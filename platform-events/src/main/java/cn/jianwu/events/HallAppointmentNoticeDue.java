package cn.jianwu.events;

import java.time.Instant;

/**
 * A person who booked is to be told something ({@link AppointmentNotice}). channel-wechat
 * sends a template message when the booking came from WeChat, after fetching the openid
 * and the words from hall-service; the event itself names nobody.
 *
 * @param appointmentId the booking's id
 * @param notice what to tell
 * @param channel where it was booked
 * @param dueAt when the notice was raised
 */
public record HallAppointmentNoticeDue(String appointmentId, AppointmentNotice notice, SubmissionChannel channel,
		Instant dueAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.appointmentId;
	}

}
