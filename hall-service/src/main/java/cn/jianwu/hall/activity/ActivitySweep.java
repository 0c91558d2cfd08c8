package cn.jianwu.hall.activity;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, asks whether the announcements of activities still announcing were
 * published, so that the agenda hears of an activity even when nobody read it first. Safe
 * with several instances: an activity is announced once.
 */
@Component
public class ActivitySweep {

	private final Announcing announcing;

	ActivitySweep(Announcing announcing) {
		this.announcing = announcing;
	}

	/** Announces what is public now; answers how many activities it announced. */
	@Scheduled(fixedDelayString = "${jianwu.hall.activities.sweep-interval:60s}",
			initialDelayString = "${jianwu.hall.activities.sweep-interval:60s}")
	public int sweep() {
		return this.announcing.sweep();
	}

}
