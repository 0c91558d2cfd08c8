package cn.jianwu.hall.api.booking;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A booking as the person who made it sees it (lookup, cancel).
 *
 * @param state where it stands
 * @param stateLabel its Chinese name
 * @param serviceName the service
 * @param kind what it is
 * @param place where
 * @param slotStart when, local time (the new time, when staff moved it)
 * @param slotEnd until when
 * @param waitlistPosition the place in the waitlist, 0 when not waitlisted
 * @param staffNote why staff refused, moved or cancelled it, when they did
 * @param checkedInAt when the person checked in
 * @param canCancel whether it may still be cancelled
 * @param notes what to bring
 */
public record AppointmentLookup(AppointmentState state, String stateLabel, String serviceName, ServiceKind kind,
		String place, LocalDateTime slotStart, LocalDateTime slotEnd, int waitlistPosition, String staffNote,
		Instant checkedInAt, boolean canCancel, String notes) {

}
