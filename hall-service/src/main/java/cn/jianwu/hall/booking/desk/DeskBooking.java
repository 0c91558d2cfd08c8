package cn.jianwu.hall.booking.desk;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.ServiceKind;

/**
 * A booking with what the desk needs of its service, as stored (no personal data: that
 * stays sealed until a staff view or a notice opens it).
 *
 * @param id the booking
 * @param serviceId its service
 * @param slotStart local start
 * @param slotEnd local end
 * @param state where it stands
 * @param channel where it was booked
 * @param lawyerCheck ACTING, NOT_ACTING, UNAVAILABLE or {@code null}
 * @param staffNote why staff refused, moved or cancelled it
 * @param hasOpenid whether a WeChat follower is sealed with the person
 * @param bookedAt when
 * @param checkedInAt when the person checked in
 * @param waitlistPosition 1.. in its slot's waitlist, 0 when not waitlisted
 * @param serviceName the service's name
 * @param kind the service's kind
 * @param place where
 * @param notes what to bring
 * @param department the receiving department
 */
record DeskBooking(UUID id, UUID serviceId, LocalDateTime slotStart, LocalDateTime slotEnd, AppointmentState state,
		SubmissionChannel channel, String lawyerCheck, String staffNote, boolean hasOpenid, Instant bookedAt,
		Instant checkedInAt, int waitlistPosition, String serviceName, ServiceKind kind, String place, String notes,
		String department) {

}
