package cn.jianwu.hall.api.activity;

import java.time.LocalDateTime;

import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * The answer to a sign-up ({@code 201}). The code is shown once; with the last four of
 * the ID number it looks the sign-up up and cancels it
 * ({@code POST /api/hall/activities/sign-ups/lookup}, {@code .../cancel}, a
 * {@code BookingCodeRequest}), and checks in at the kiosk as a booking does.
 *
 * @param signUpCode 12 random digits
 * @param state {@code CONFIRMED} or {@code WAITLISTED}
 * @param stateLabel its Chinese name
 * @param title the activity
 * @param place where
 * @param startsAt when
 * @param waitlistPosition the place in the waitlist, 0 when not waitlisted
 */
public record SignUpReceipt(String signUpCode, AppointmentState state, String stateLabel, String title, String place,
		LocalDateTime startsAt, int waitlistPosition) {

}
