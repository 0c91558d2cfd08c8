package cn.jianwu.hall.activity;

import java.time.LocalDateTime;
import java.util.Optional;

import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.disclosure.DisclosureItems;

import org.springframework.stereotype.Component;

/**
 * An activity as staff and the public see it. Whether its announcement and its report are
 * public is disclosure-service's to say: the public sees an activity only while its
 * announcement is public, and its report only once that is.
 */
@Component
class ActivityViews {

	private final Announcing announcing;

	private final DisclosureItems items;

	private final ActivityClock clock;

	ActivityViews(Announcing announcing, DisclosureItems items, ActivityClock clock) {
		this.announcing = announcing;
		this.items = items;
		this.clock = clock;
	}

	/** Everything, for staff. */
	ActivityView staff(Activity activity) {
		Activity checked = this.announcing.check(activity);
		boolean reportPublic = checked.reportItemId() != null && this.items.isPublic(checked.reportItemId());
		return view(checked, reportPublic, true);
	}

	/** The activity for the public, or empty while its announcement is not public. */
	Optional<ActivityView> reader(Activity activity) {
		if (!this.announcing.isPublic(activity)) {
			return Optional.empty();
		}
		Activity checked = this.announcing.check(activity);
		boolean reportPublic = checked.reportItemId() != null && this.items.isPublic(checked.reportItemId());
		return Optional.of(view(checked, reportPublic, reportPublic));
	}

	private ActivityView view(Activity activity, boolean reportPublic, boolean withReport) {
		LocalDateTime now = this.clock.local();
		ActivityState state = ActivityRules.state(activity, now, reportPublic);
		return new ActivityView(activity.id(), activity.title(), activity.kind(), activity.kind().label(),
				activity.description(), activity.department(), activity.startsAt(), activity.endsAt(), activity.place(),
				activity.capacity(), activity.taken(), activity.waitlisted(), activity.signUpOpensAt(),
				activity.signUpClosesAt(), ActivityRules.signUpOpen(activity, now), activity.audience(), state,
				state.label(), activity.announcementItemId(), withReport ? activity.reportItemId() : null);
	}

}
