package cn.jianwu.hall.api.activity;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * One sign-up as staff see it ({@code GET /api/hall/staff/activities/{id}/sign-ups}; the
 * CSV export {@code .../attendance.csv} has the same columns). Staff only.
 *
 * @param id the sign-up's id
 * @param name the person
 * @param phone the person's phone
 * @param idLast4 the last four of the ID number
 * @param organisation work unit or constituency
 * @param inviteeRole who an invitee is, {@code null} for the public
 * @param state where it stands
 * @param stateLabel its Chinese name
 * @param waitlistPosition the place in the waitlist, 0 when not waitlisted
 * @param channel where
 * @param signedUpAt when
 * @param checkedInAt when the person checked in
 */
public record Attendee(UUID id, String name, String phone, String idLast4, String organisation, InviteeRole inviteeRole,
		AppointmentState state, String stateLabel, int waitlistPosition, SubmissionChannel channel, Instant signedUpAt,
		Instant checkedInAt) {

}
