package cn.jianwu.hall.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.Audience;

/**
 * An activity as stored. Times of the activity are local (the institution's zone).
 *
 * @param taken the sign-ups holding a place
 * @param waitlisted the sign-ups waiting for one
 * @param announcedAt when its announcement was first seen public, {@code null} before
 * @param reportSummary what staff reported, {@code null} before
 * @param reportItemId the item that publishes the report, {@code null} before
 * @param cancelledAt when staff cancelled it, {@code null} unless they did
 */
record Activity(UUID id, String title, ActivityKind kind, String description, String department, LocalDateTime startsAt,
		LocalDateTime endsAt, String place, int capacity, int taken, int waitlisted, LocalDateTime signUpOpensAt,
		LocalDateTime signUpClosesAt, Audience audience, UUID announcementItemId, Instant announcedAt,
		String reportSummary, UUID reportItemId, Instant cancelledAt, String cancelReason, String createdBy,
		Instant createdAt) {

	boolean cancelled() {
		return this.cancelledAt != null;
	}

	boolean announced() {
		return this.announcedAt != null;
	}

}
