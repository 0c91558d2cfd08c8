package cn.jianwu.hall.activity;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * A sign-up as stored: hashes and states only, the person is sealed apart
 * ({@link SignUpPeople}).
 *
 * @param waitlistSeq orders the waitlist, {@code null} when not waitlisted
 * @param inviteeRole who an invitee is, {@code null} for the public
 */
record SignUp(UUID id, UUID activityId, byte[] pairHash, AppointmentState state, Long waitlistSeq,
		SubmissionChannel channel, InviteeRole inviteeRole, Instant signedUpAt, Instant checkedInAt,
		Instant cancelledAt) {

}
