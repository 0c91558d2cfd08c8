package cn.jianwu.hall.api.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;

/**
 * A booking as staff see it in the console's day view: the personal data is for staff
 * only.
 *
 * @param id the booking's id
 * @param serviceId the service
 * @param slotStart when, local time
 * @param state where it stands
 * @param stateLabel its Chinese name
 * @param name the person
 * @param phone the person's phone
 * @param idLast4 the last four of the ID number
 * @param purpose what it is about
 * @param licenceNumber a lawyer's licence number
 * @param lawFirm a lawyer's firm
 * @param caseNumber the lawyer's case
 * @param lawyerCheck what case-query-service said of the lawyer, in words ({@code null}
 * for non-lawyers)
 * @param waitlistPosition the place in the waitlist, 0 when not waitlisted
 * @param channel where it was booked
 * @param bookedAt when
 * @param checkedInAt when the person checked in
 * @param staffNote the reason of a refusal, move or cancellation
 */
public record StaffAppointment(UUID id, UUID serviceId, LocalDateTime slotStart, AppointmentState state,
		String stateLabel, String name, String phone, String idLast4, String purpose, String licenceNumber,
		String lawFirm, String caseNumber, String lawyerCheck, int waitlistPosition, SubmissionChannel channel,
		Instant bookedAt, Instant checkedInAt, String staffNote) {

}
