package cn.jianwu.hall.booking.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.BookingClock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a slot ends, its confirmed bookings that never checked in become {@code NO_SHOW},
 * audited as the platform. They keep their place in the slot's count: the place was held,
 * and the figures should say so. Idempotent and safe with several instances: only
 * {@code CONFIRMED} rows change, and rows another instance holds are skipped.
 */
@Component
public class NoShowSweep {

	/** The platform marks no-shows by the clock; no member of staff does. */
	static final String ACTOR = "hall-service";

	static final String ACTION = "NO_SHOW";

	/** Bookings changed per run; a longer backlog is finished by the next runs. */
	private static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(NoShowSweep.class);

	private final DeskRepository bookings;

	private final HandlingAudit audit;

	private final BookingClock clock;

	NoShowSweep(DeskRepository bookings, HandlingAudit audit, BookingClock clock) {
		this.bookings = bookings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Marks what ended by now; answers how many bookings it changed. */
	@Scheduled(fixedDelayString = "${jianwu.hall.booking.check-in-no-show-sweep:5m}",
			initialDelayString = "${jianwu.hall.booking.check-in-no-show-sweep:5m}")
	@Transactional
	public int sweep() {
		Instant now = this.clock.instant();
		List<UUID> marked = this.bookings.markNoShows(this.clock.local(now), BATCH);
		for (UUID id : marked) {
			this.audit.append(id, ACTION, ACTOR, StaffRole.PLATFORM_LABEL, AppointmentState.CONFIRMED.name(),
					AppointmentState.NO_SHOW.name(), null, now);
		}
		if (!marked.isEmpty()) {
			log.info("{} appointments marked as no-shows", marked.size());
		}
		return marked.size();
	}

}
