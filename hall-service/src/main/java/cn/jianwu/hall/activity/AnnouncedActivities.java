package cn.jianwu.hall.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jianwu.hall.agenda.ScheduledActivities;
import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.agenda.AgendaLine;

import org.springframework.stereotype.Component;

/**
 * The agenda's view of activities: those announced and not cancelled whose announcement
 * is still public (a withdrawn announcement takes the activity off the hall screens too);
 * times, titles, kinds and places, never who signed up.
 */
@Component
class AnnouncedActivities implements ScheduledActivities {

	/** Open days looked at to find one whose announcement is still public. */
	private static final int OPEN_DAY_CANDIDATES = 10;

	private final ActivityRepository activities;

	private final Announcing announcing;

	AnnouncedActivities(ActivityRepository activities, Announcing announcing) {
		this.activities = activities;
		this.announcing = announcing;
	}

	@Override
	public List<AgendaLine> on(LocalDate day) {
		return this.activities.announcedOn(day)
			.stream()
			.filter((activity) -> this.announcing.isPublic(activity))
			.map(AnnouncedActivities::line)
			.toList();
	}

	@Override
	public Optional<AgendaLine> nextOpenDay(LocalDate from) {
		return this.activities.announcedFrom(ActivityKind.OPEN_DAY, from, OPEN_DAY_CANDIDATES)
			.stream()
			.filter((activity) -> this.announcing.isPublic(activity))
			.findFirst()
			.map(AnnouncedActivities::line);
	}

	private static AgendaLine line(Activity activity) {
		return new AgendaLine(activity.startsAt(), activity.endsAt(), activity.title(), activity.kind().label(),
				activity.place());
	}

}
