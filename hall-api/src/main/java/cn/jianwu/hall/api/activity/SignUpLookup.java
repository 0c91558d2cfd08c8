package cn.jianwu.hall.api.activity;

import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * A sign-up as the person who made it sees it
 * ({@code POST /api/hall/activities/sign-ups/lookup} and {@code .../cancel}).
 *
 * @param activityId the activity
 * @param state where it stands
 * @param stateLabel its Chinese name
 * @param title the activity
 * @param place where
 * @param startsAt when
 * @param waitlistPosition the place in the waitlist, 0 when not waitlisted
 * @param canCancel whether it may still be cancelled
 */
public record SignUpLookup(UUID activityId, AppointmentState state, String stateLabel, String title, String place,
		LocalDateTime startsAt, int waitlistPosition, boolean canCancel) {

}
