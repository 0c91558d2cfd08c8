package cn.jianwu.hall.api.activity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An activity as the public and staff see it ({@code GET /api/public/activities},
 * {@code GET /api/hall/staff/activities/{id}}): never a name of who signed up.
 *
 * @param id the activity's id
 * @param title one line
 * @param kind what it is
 * @param kindLabel its Chinese name
 * @param description what happens
 * @param department who holds it
 * @param startsAt when it starts, local time
 * @param endsAt when it ends
 * @param place where
 * @param capacity places
 * @param signedUp places taken
 * @param waitlisted sign-ups waiting for a place
 * @param signUpOpensAt when sign-up opens
 * @param signUpClosesAt when it closes
 * @param signUpOpen whether one may sign up now
 * @param audience who may sign up
 * @param state where it stands
 * @param stateLabel its Chinese name
 * @param announcementItemId the disclosure item announcing it
 * @param reportItemId the disclosure item reporting on it, once published
 */
public record ActivityView(UUID id, String title, ActivityKind kind, String kindLabel, String description,
		String department, LocalDateTime startsAt, LocalDateTime endsAt, String place, int capacity, int signedUp,
		int waitlisted, LocalDateTime signUpOpensAt, LocalDateTime signUpClosesAt, boolean signUpOpen,
		Audience audience, ActivityState state, String stateLabel, UUID announcementItemId, UUID reportItemId) {

}
