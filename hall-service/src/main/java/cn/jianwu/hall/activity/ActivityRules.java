package cn.jianwu.hall.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.Invitee;
import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * The rules of issue 15 for activities, free of storage so that unit tests pin them: what
 * staff may schedule, when the public may sign up and cancel, where an activity and a
 * sign-up stand, who an invitee is. Times are local (the institution's zone).
 */
final class ActivityRules {

	private ActivityRules() {
	}

	/**
	 * Refuses an activity whose times or audience make no sense.
	 * @throws ActivityProblem 400 with the reason
	 */
	static void requireSchedulable(ActivityRequest request, LocalDateTime now) {
		if (!request.endsAt().isAfter(request.startsAt())) {
			throw ActivityProblem.invalid("结束时间应晚于开始时间。");
		}
		if (!request.startsAt().isAfter(now)) {
			throw ActivityProblem.invalid("开始时间应晚于当前时间。");
		}
		if (!request.signUpClosesAt().isAfter(request.signUpOpensAt())) {
			throw ActivityProblem.invalid("报名截止时间应晚于报名开始时间。");
		}
		if (request.signUpClosesAt().isAfter(request.startsAt())) {
			throw ActivityProblem.invalid("报名截止时间不能晚于活动开始时间。");
		}
		if (request.audience() == Audience.INVITED && request.invitees().isEmpty()) {
			throw ActivityProblem.invalid("仅限特邀人员参加的活动须填写特邀人员名单。");
		}
		if (request.audience() == Audience.PUBLIC && !request.invitees().isEmpty()) {
			throw ActivityProblem.invalid("面向社会公众的活动无需填写特邀人员名单。");
		}
		Set<String> phones = new HashSet<>();
		for (Invitee invitee : request.invitees()) {
			if (!phones.add(phoneDigits(invitee.phone()))) {
				throw ActivityProblem.invalid("特邀人员名单中有重复的电话号码。");
			}
		}
	}

	/**
	 * Refuses a sign-up outside its window: before sign-up opens, after it closes or the
	 * activity started, or for a cancelled activity.
	 * @throws ActivityProblem 409 with the reason
	 */
	static void requireSignUpOpen(Activity activity, LocalDateTime now) {
		if (activity.cancelled()) {
			throw ActivityProblem.cancelled();
		}
		if (now.isBefore(activity.signUpOpensAt())) {
			throw ActivityProblem.signUpNotYetOpen();
		}
		if (now.isAfter(activity.signUpClosesAt()) || !now.isBefore(activity.startsAt())) {
			throw ActivityProblem.signUpClosed();
		}
	}

	/** Whether one may sign up now (an announced activity). */
	static boolean signUpOpen(Activity activity, LocalDateTime now) {
		return activity.announced() && !activity.cancelled() && !now.isBefore(activity.signUpOpensAt())
				&& !now.isAfter(activity.signUpClosesAt()) && now.isBefore(activity.startsAt());
	}

	/**
	 * Where an activity stands: cancelled; announcing until its announcement was public;
	 * reported once the report is public; held once it started; announced before.
	 */
	static ActivityState state(Activity activity, LocalDateTime now, boolean reportPublic) {
		if (activity.cancelled()) {
			return ActivityState.CANCELLED;
		}
		if (!activity.announced()) {
			return ActivityState.ANNOUNCING;
		}
		if (reportPublic) {
			return ActivityState.REPORTED;
		}
		return now.isBefore(activity.startsAt()) ? ActivityState.ANNOUNCED : ActivityState.HELD;
	}

	/**
	 * A sign-up's state as people read it: a confirmed sign-up nobody checked in is
	 * {@code NO_SHOW} once the activity ended.
	 */
	static AppointmentState shown(AppointmentState stored, Activity activity, LocalDateTime now) {
		return (stored == AppointmentState.CONFIRMED && !now.isBefore(activity.endsAt())) ? AppointmentState.NO_SHOW
				: stored;
	}

	/**
	 * Whether the person may still cancel: a confirmed or waitlisted sign-up, before the
	 * activity starts, of an activity not cancelled.
	 */
	static boolean cancellable(AppointmentState stored, Activity activity, LocalDateTime now) {
		return (stored == AppointmentState.CONFIRMED || stored == AppointmentState.WAITLISTED) && !activity.cancelled()
				&& now.isBefore(activity.startsAt());
	}

	/**
	 * Refuses a check-in of a sign-up without a place, or on another day than the
	 * activity's, or after it ended.
	 */
	static void requireCheckIn(AppointmentState stored, Activity activity, LocalDateTime now) {
		if (stored != AppointmentState.CONFIRMED) {
			throw ActivityProblem.checkInNotPlaced();
		}
		LocalDate day = now.toLocalDate();
		if (!day.equals(activity.startsAt().toLocalDate()) || !now.isBefore(activity.endsAt())) {
			throw ActivityProblem.checkInNotToday();
		}
	}

	/** The phone as compared: digits only (a landline's dash dropped). */
	static String phoneDigits(String phone) {
		return phone.replaceAll("[^0-9]", "");
	}

	/**
	 * Whether the name given at sign-up is the invitee's: the same characters, whatever
	 * the spaces (“张 三”, “张三 ”) and the case of Latin letters.
	 */
	static boolean sameName(String invited, String given) {
		return normalName(invited).equals(normalName(given));
	}

	private static String normalName(String name) {
		return name.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
	}

}
