package cn.jianwu.hall.api.booking;

import java.time.LocalDateTime;

/**
 * The answer to a booking ({@code 201}). The booking code is shown once and stored only
 * as a keyed hash; with the last four of the ID number it looks the booking up, cancels
 * it and checks in at the kiosk.
 *
 * @param bookingCode 12 random digits
 * @param state {@code CONFIRMED}, {@code PENDING_CONFIRMATION} or {@code WAITLISTED}
 * @param stateLabel its Chinese name
 * @param serviceName the service
 * @param kind what it is
 * @param place where
 * @param slotStart when, local time
 * @param slotEnd until when
 * @param waitlistPosition the place in the waitlist, 0 when not waitlisted
 * @param notes what to bring
 */
public record BookingReceipt(String bookingCode, AppointmentState state, String stateLabel, String serviceName,
		ServiceKind kind, String place, LocalDateTime slotStart, LocalDateTime slotEnd, int waitlistPosition,
		String notes) {

}
