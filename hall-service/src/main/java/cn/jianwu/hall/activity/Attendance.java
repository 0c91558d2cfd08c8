package cn.jianwu.hall.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.activity.Attendee;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff's side of the sign-ups: who signed up (the sealed people opened), the attendance
 * file, and the desk's check-in on the day. Exporting the file and checking someone in
 * are audited; neither the audit nor the log names a person.
 */
@Service
class Attendance {

	private static final Logger log = LoggerFactory.getLogger(Attendance.class);

	private final ActivityRepository activities;

	private final SignUpRepository signUps;

	private final SignUpPeople people;

	private final HandlingAudit audit;

	private final TransactionTemplate transaction;

	private final ActivityClock clock;

	Attendance(ActivityRepository activities, SignUpRepository signUps, SignUpPeople people, HandlingAudit audit,
			TransactionTemplate transaction, ActivityClock clock) {
		this.activities = activities;
		this.signUps = signUps;
		this.people = people;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The activity's sign-ups: places first, then the waitlist in order. */
	List<Attendee> attendees(UUID activityId) {
		Activity activity = this.activities.find(activityId).orElseThrow(ActivityProblem::notFound);
		LocalDateTime now = this.clock.local();
		return this.signUps.ofActivity(activityId).stream().map((signUp) -> attendee(signUp, activity, now)).toList();
	}

	/** The attendance file's rows, the export audited. */
	List<Attendee> export(UUID activityId, StaffIdentity staff) {
		List<Attendee> attendees = attendees(activityId);
		Instant now = this.clock.instant();
		this.transaction
			.executeWithoutResult((status) -> this.audit.append(activityId, ActivityStep.EXPORT_ATTENDANCE.name(),
					staff.username(), staff.name(), null, null, "导出报名名单" + attendees.size() + "条", now));
		log.info("Attendance of activity {} exported ({} rows)", activityId, attendees.size());
		return attendees;
	}

	/**
	 * Checks an attendee in at the desk; a second check-in answers the first.
	 */
	Attendee checkIn(UUID activityId, UUID signUpId, StaffIdentity staff) {
		return this.transaction.execute((status) -> {
			Activity activity = this.activities.lock(activityId).orElseThrow(ActivityProblem::notFound);
			SignUp signUp = this.signUps.lock(signUpId)
				.filter((found) -> found.activityId().equals(activityId))
				.orElseThrow(ActivityProblem::signUpNotFound);
			if (signUp.state() != AppointmentState.CHECKED_IN) {
				ActivityRules.requireCheckIn(signUp.state(), activity, this.clock.local());
				Instant now = this.clock.instant();
				this.signUps.checkIn(signUpId, now);
				this.audit.append(signUpId, ActivityStep.CHECK_IN_SIGN_UP.name(), staff.username(), staff.name(),
						signUp.state().name(), AppointmentState.CHECKED_IN.name(), "活动：" + activityId, now);
				log.info("Sign-up {} for activity {} checked in", signUpId, activityId);
			}
			SignUp checked = this.signUps.find(signUpId).orElseThrow(ActivityProblem::signUpNotFound);
			return attendee(checked, activity, this.clock.local());
		});
	}

	private Attendee attendee(SignUp signUp, Activity activity, LocalDateTime now) {
		SignUpPerson person = this.people.open(signUp.id())
			.orElseThrow(() -> new IllegalStateException("Sign-up " + signUp.id() + " has no sealed person"));
		AppointmentState shown = ActivityRules.shown(signUp.state(), activity, now);
		return new Attendee(signUp.id(), person.name(), person.phone(), person.idLast4(), person.organisation(),
				signUp.inviteeRole(), shown, shown.label(), this.signUps.waitlistPosition(signUp), signUp.channel(),
				signUp.signedUpAt(), signUp.checkedInAt());
	}

}
