package cn.jianwu.hall.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.HallAgendaChanged;
import cn.jianwu.events.HallAppointmentCancelled;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.disclosure.DisclosureItems;
import cn.jianwu.hall.outbox.HallOutbox;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff schedule, cancel and report on activities. The announcement and the report are
 * disclosure items written as the member of staff who asked (their token goes along), so
 * that they are theirs and take the approval chain like any other; the calls to
 * disclosure-service happen outside the hall's transactions, each with a key that makes a
 * repeat create nothing twice (as the open calls do).
 */
@Service
class ActivityService {

	private static final Logger log = LoggerFactory.getLogger(ActivityService.class);

	private final ActivityRepository activities;

	private final SignUpRepository signUps;

	private final Invitees invitees;

	private final ActivityAnnouncements announcements;

	private final DisclosureItems items;

	private final HandlingAudit audit;

	private final HallOutbox outbox;

	private final TransactionTemplate transaction;

	private final ActivityClock clock;

	ActivityService(ActivityRepository activities, SignUpRepository signUps, Invitees invitees,
			ActivityAnnouncements announcements, DisclosureItems items, HandlingAudit audit, HallOutbox outbox,
			TransactionTemplate transaction, ActivityClock clock) {
		this.activities = activities;
		this.signUps = signUps;
		this.invitees = invitees;
		this.announcements = announcements;
		this.items = items;
		this.audit = audit;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Stores the activity with its invitees sealed and its announcement submitted for
	 * approval. When the submission fails, the announcement stays a draft the member can
	 * submit in the disclosure console.
	 */
	Activity create(ActivityRequest request, StaffIdentity staff, String token) {
		ActivityRules.requireSchedulable(request, this.clock.local());
		if (staff.department() == null || staff.department().isBlank()) {
			throw ActivityProblem.noDepartment();
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Activity draft = new Activity(id, request.title().strip(), request.kind(), request.description().strip(),
				staff.department(), request.startsAt(), request.endsAt(), request.place().strip(), request.capacity(),
				0, 0, request.signUpOpensAt(), request.signUpClosesAt(), request.audience(), null, null, null, null,
				null, null, staff.username(), now);
		UUID itemId = this.items.draft(this.announcements.announcement(draft), token, onceKey(id, "announcement"));
		Activity activity = new Activity(id, draft.title(), draft.kind(), draft.description(), draft.department(),
				draft.startsAt(), draft.endsAt(), draft.place(), draft.capacity(), 0, 0, draft.signUpOpensAt(),
				draft.signUpClosesAt(), draft.audience(), itemId, null, null, null, null, null, draft.createdBy(), now);
		this.transaction.executeWithoutResult((status) -> {
			this.activities.insert(activity);
			this.invitees.seal(id, request.invitees());
			this.audit.append(id, ActivityStep.CREATE_ACTIVITY.name(), staff.username(), staff.name(), null,
					ActivityState.ANNOUNCING.name(), "公告信息：" + itemId + "；特邀人员" + request.invitees().size() + "人", now);
		});
		log.info("Activity {} created with announcement item {}", id, itemId);
		this.items.submit(itemId, token, onceKey(id, "announcement-submit"));
		return activity;
	}

	/**
	 * Cancels an activity that has not started: every sign-up is cancelled with it, and
	 * the day's agenda changes if it was announced.
	 */
	Activity cancel(UUID id, String reason, StaffIdentity staff) {
		this.transaction.executeWithoutResult((status) -> {
			Activity activity = this.activities.lock(id).orElseThrow(ActivityProblem::notFound);
			if (activity.cancelled()) {
				throw ActivityProblem.cancelled();
			}
			if (!this.clock.local().isBefore(activity.startsAt())) {
				throw ActivityProblem.started();
			}
			Instant now = this.clock.instant();
			Instant startsAt = this.clock.instant(activity.startsAt());
			List<SignUp> active = this.signUps.activeOf(id);
			for (SignUp signUp : active) {
				this.signUps.cancel(signUp.id(), now);
				this.audit.append(signUp.id(), ActivityStep.CANCEL_SIGN_UP.name(), staff.username(), staff.name(),
						signUp.state().name(), AppointmentState.CANCELLED.name(), "活动取消：" + id, now);
				this.outbox
					.record(new HallAppointmentCancelled(signUp.id().toString(), id.toString(), startsAt, true, now));
			}
			this.activities.cancel(id, reason.strip(), now);
			this.audit.append(id, ActivityStep.CANCEL_ACTIVITY.name(), staff.username(), staff.name(),
					activity.announced() ? ActivityState.ANNOUNCED.name() : ActivityState.ANNOUNCING.name(),
					ActivityState.CANCELLED.name(), "原因：" + reason.strip() + "；取消报名" + active.size() + "条", now);
			if (activity.announced()) {
				this.outbox.record(new HallAgendaChanged(activity.startsAt().toLocalDate(), now));
			}
			log.info("Activity {} cancelled with {} sign-ups", id, active.size());
		});
		return this.activities.find(id).orElseThrow(ActivityProblem::notFound);
	}

	/** Publishes the report on a held activity, once. */
	Activity report(UUID id, String summary, StaffIdentity staff, String token) {
		Activity activity = this.activities.find(id).orElseThrow(ActivityProblem::notFound);
		if (activity.cancelled()) {
			throw ActivityProblem.cancelled();
		}
		if (!activity.announced() || this.clock.local().isBefore(activity.startsAt())) {
			throw ActivityProblem.notHeld();
		}
		Boolean claimed = this.transaction.execute((status) -> this.activities.claimReport(id, summary.strip()));
		if (!Boolean.TRUE.equals(claimed)) {
			throw ActivityProblem.reportExists();
		}
		UUID itemId;
		try {
			itemId = this.items.draft(this.announcements.report(activity, summary), token, onceKey(id, "report"));
		}
		catch (RuntimeException ex) {
			this.transaction.executeWithoutResult((status) -> this.activities.releaseReport(id));
			throw ex;
		}
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> {
			this.activities.reportItem(id, itemId);
			this.audit.append(id, ActivityStep.REPORT_ACTIVITY.name(), staff.username(), staff.name(),
					ActivityState.HELD.name(), ActivityState.HELD.name(), "报道信息：" + itemId, now);
		});
		log.info("Activity {}: report item {} created", id, itemId);
		this.items.submit(itemId, token, onceKey(id, "report-submit"));
		return this.activities.find(id).orElseThrow(ActivityProblem::notFound);
	}

	private static String onceKey(UUID activityId, String what) {
		return "hall-activity-" + activityId + "-" + what;
	}

}
