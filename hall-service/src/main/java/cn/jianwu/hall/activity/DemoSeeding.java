package cn.jianwu.hall.activity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.HallAgendaChanged;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.activity.SignUpReceipt;
import cn.jianwu.hall.api.activity.SignUpRequest;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.outbox.HallOutbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the local demo seeds activities with (only {@code demo.DemoActivities} calls it,
 * and only under {@code jianwu.demo.enabled}). The demo has no member of staff to draft
 * an announcement with, and nobody approves it: its activity is stored without an
 * announcement item and marked announced directly, which the staff API can never do.
 * Sign-ups go through the public path (window, capacity, waitlist, sealing, events).
 */
@Component
public class DemoSeeding {

	/** Who the demo's activities are created by, in the table and the audit. */
	public static final String DEMO_ACTOR = "demo";

	private final ActivityRepository activities;

	private final SignUpService signUps;

	private final HandlingAudit audit;

	private final HallOutbox outbox;

	private final TransactionTemplate transaction;

	private final ActivityClock clock;

	DemoSeeding(ActivityRepository activities, SignUpService signUps, HandlingAudit audit, HallOutbox outbox,
			TransactionTemplate transaction, ActivityClock clock) {
		this.activities = activities;
		this.signUps = signUps;
		this.audit = audit;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The demo's activity of this title, if an earlier start seeded it. */
	public Optional<UUID> existing(String title) {
		return this.activities.all()
			.stream()
			.filter((activity) -> activity.title().equals(title) && DEMO_ACTOR.equals(activity.createdBy()))
			.map(Activity::id)
			.findFirst();
	}

	/** Stores an activity of the public and marks it announced at once. */
	public UUID announceDirectly(ActivityRequest request, String department) {
		ActivityRules.requireSchedulable(request, this.clock.local());
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Activity activity = new Activity(id, request.title(), request.kind(), request.description(), department,
				request.startsAt(), request.endsAt(), request.place(), request.capacity(), 0, 0,
				request.signUpOpensAt(), request.signUpClosesAt(), request.audience(), null, null, null, null, null,
				null, DEMO_ACTOR, now);
		this.transaction.executeWithoutResult((status) -> {
			this.activities.insert(activity);
			this.activities.markAnnounced(id, now);
			this.audit.append(id, ActivityStep.CREATE_ACTIVITY.name(), DEMO_ACTOR, "演示数据", null,
					ActivityState.ANNOUNCED.name(), "演示活动：未经公告审批直接发布", now);
			this.outbox.record(new HallAgendaChanged(request.startsAt().toLocalDate(), now));
		});
		return id;
	}

	/** Signs someone up as the public does. */
	public SignUpReceipt signUp(UUID activityId, SignUpRequest request) {
		return this.signUps.signUp(activityId, request, "demo");
	}

}
