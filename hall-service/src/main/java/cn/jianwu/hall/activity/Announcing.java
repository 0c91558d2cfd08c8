package cn.jianwu.hall.activity;

import java.time.Instant;

import cn.jianwu.events.HallAgendaChanged;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.disclosure.DisclosureItems;
import cn.jianwu.hall.outbox.HallOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An activity becomes announced the first time its announcement item is seen public —
 * when someone reads it or when the sweep asks. Marking it, auditing it and raising
 * {@code HallAgendaChanged} for its day happen in one transaction, once.
 */
@Component
class Announcing {

	private static final Logger log = LoggerFactory.getLogger(Announcing.class);

	private final ActivityRepository activities;

	private final DisclosureItems items;

	private final HandlingAudit audit;

	private final HallOutbox outbox;

	private final TransactionTemplate transaction;

	private final ActivityClock clock;

	Announcing(ActivityRepository activities, DisclosureItems items, HandlingAudit audit, HallOutbox outbox,
			TransactionTemplate transaction, ActivityClock clock) {
		this.activities = activities;
		this.items = items;
		this.audit = audit;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Whether the public may see the activity now: its announcement item is public (an
	 * activity without one — the demo's — once it is marked announced).
	 */
	boolean isPublic(Activity activity) {
		return (activity.announcementItemId() != null) ? this.items.isPublic(activity.announcementItemId())
				: activity.announced();
	}

	/**
	 * The activity, marked announced if its announcement is public now.
	 * @return the activity as it stands
	 */
	Activity check(Activity activity) {
		if (activity.announced() || activity.cancelled() || !isPublic(activity)) {
			return activity;
		}
		Instant now = this.clock.instant();
		Boolean marked = this.transaction.execute((status) -> {
			if (!this.activities.markAnnounced(activity.id(), now)) {
				return false;
			}
			this.audit.append(activity.id(), ActivityStep.ANNOUNCE_ACTIVITY.name(), ActivityStep.SYSTEM,
					ActivityStep.SYSTEM_NAME, ActivityState.ANNOUNCING.name(), ActivityState.ANNOUNCED.name(),
					"公告信息已公开：" + activity.announcementItemId(), now);
			this.outbox.record(new HallAgendaChanged(activity.startsAt().toLocalDate(), now));
			return true;
		});
		if (Boolean.TRUE.equals(marked)) {
			log.info("Activity {} announced", activity.id());
		}
		return this.activities.find(activity.id()).orElse(activity);
	}

	/** Checks every activity still announcing; answers how many became announced. */
	int sweep() {
		int announced = 0;
		for (Activity activity : this.activities.announcing(this.clock.local())) {
			if (check(activity).announced()) {
				announced++;
			}
		}
		return announced;
	}

}
