package cn.jianwu.hall.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.jianwu.hall.outbox.HallOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, once at start, every calendar year that never was (the years Flyway seeded
 * before {@code hall.events} carried the calendar): report-service then counts working
 * days by the same holidays. Claiming a year and recording its event happen in one
 * transaction, so with several instances starting together exactly one publishes it, and
 * a failed start publishes nothing and leaves the year for the next.
 */
@Component
class UnpublishedYears implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UnpublishedYears.class);

	private final CalendarStore store;

	private final HallOutbox outbox;

	private final Clock clock;

	UnpublishedYears(CalendarStore store, HallOutbox outbox, Clock clock) {
		this.store = store;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = Instant.now(this.clock);
		List<Integer> years = this.store.claimUnpublished(now);
		for (int year : years) {
			this.outbox.record(this.store.published(year, now));
		}
		if (!years.isEmpty()) {
			log.info("Published the working-day calendar of {} on hall.events", years);
		}
	}

}
