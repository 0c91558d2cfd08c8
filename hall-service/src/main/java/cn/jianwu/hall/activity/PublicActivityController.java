package cn.jianwu.hall.activity;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.activity.ActivityView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/activities}: the activities whose announcement is public —
 * {@code upcoming=true} those not over yet, soonest first; {@code false} those over,
 * latest first; absent, all, latest first. {@code GET /api/public/activities/{id}}: one.
 * An activity whose announcement is still waiting for approval, or was withdrawn, does
 * not exist for the public.
 */
@RestController
class PublicActivityController {

	private final ActivityRepository activities;

	private final ActivityViews views;

	private final ActivityClock clock;

	PublicActivityController(ActivityRepository activities, ActivityViews views, ActivityClock clock) {
		this.activities = activities;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/api/public/activities")
	List<ActivityView> list(@RequestParam(required = false) Boolean upcoming) {
		LocalDateTime now = this.clock.local();
		List<ActivityView> shown = this.activities.all()
			.stream()
			.filter((activity) -> upcoming == null || upcoming == now.isBefore(activity.endsAt()))
			.flatMap((activity) -> this.views.reader(activity).stream())
			.toList();
		return Boolean.TRUE.equals(upcoming)
				? shown.stream().sorted(Comparator.comparing(ActivityView::startsAt)).toList() : shown;
	}

	@GetMapping("/api/public/activities/{id}")
	ActivityView get(@PathVariable UUID id) {
		return this.activities.find(id).flatMap(this.views::reader).orElseThrow(ActivityProblem::notFound);
	}

}
