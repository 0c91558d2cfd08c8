package cn.jianwu.hall.booking.appointment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * A booking as stored ({@code appointment}); the person is sealed apart.
 *
 * @param id its id
 * @param serviceId the service
 * @param slotStart the slot
 * @param slotEnd the slot's end
 * @param pairHash the keyed hash of the code with the last four of the ID number
 * @param state where it stands
 * @param channel where it was booked
 * @param forLawyer whether a lawyer booked it
 * @param lawyerCheck what case-query-service said ({@code LawyerVerdict} name)
 * @param staffNote why staff refused, moved or cancelled it
 * @param hasOpenid whether a WeChat follower is to be told
 * @param bookedAt when
 * @param checkedInAt when checked in
 */
public record Appointment(UUID id, UUID serviceId, LocalDateTime slotStart, LocalDateTime slotEnd, byte[] pairHash,
		AppointmentState state, SubmissionChannel channel, boolean forLawyer, String lawyerCheck, String staffNote,
		boolean hasOpenid, Instant bookedAt, Instant checkedInAt) {

}
