package cn.jianwu.channel.bulletin.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.jianwu.platform.institution.InstitutionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Today's agenda for the hall screens, kept in memory and fetched from hall-service: at
 * start-up, whenever hall-service says a day's agenda changed, and just after midnight in
 * the institution's zone. A fetch that fails keeps the last agenda on the screens (an
 * agenda of a few lines is better a little late than blank) and is tried again every
 * {@code retry-interval}. Each new panel is published as an application event, which the
 * screens push to the connected pages.
 */
@Component
public class TodaysAgenda {

	private static final Logger log = LoggerFactory.getLogger(TodaysAgenda.class);

	/**
	 * hall-service's clock and ours may differ a little: a change announced up to this
	 * long before our last fetch began is still fetched again.
	 */
	private static final Duration CLOCK_MARGIN = Duration.ofSeconds(5);

	private final HallAgendaClient hall;

	private final ApplicationEventPublisher events;

	private final ZoneId zone;

	private final Duration maxAge;

	private volatile AgendaPanel current;

	private volatile Instant fetchedFrom = Instant.EPOCH;

	private volatile boolean stale = true;

	TodaysAgenda(HallAgendaClient hall, ApplicationEventPublisher events, InstitutionProperties institution,
			AgendaProperties properties) {
		this.hall = hall;
		this.events = events;
		this.zone = institution.zone();
		this.maxAge = properties.maxAge();
		this.current = AgendaPanel.empty(today());
	}

	/** What the screens show now. */
	public AgendaPanel current() {
		return this.current;
	}

	/**
	 * hall-service changed the agenda of a day. Today's lines, or the next open day (an
	 * activity announced or cancelled on a later day), may have changed: fetched again
	 * unless the last fetch already saw the change.
	 */
	void changed(LocalDate date, Instant changedAt) {
		if (date.isBefore(today())) {
			return;
		}
		if (!this.stale && changedAt != null && changedAt.isBefore(this.fetchedFrom.minus(CLOCK_MARGIN))) {
			return;
		}
		refresh();
	}

	/**
	 * Runs at start-up and then every {@code retry-interval}: fetches again after a
	 * failure, once the day has turned (so just after midnight), and once the agenda is
	 * {@code max-age} old.
	 */
	@Scheduled(fixedDelayString = "${jianwu.bulletin.agenda.retry-interval:30s}")
	void keepCurrent() {
		if (this.stale || !this.current.date().equals(today().toString())
				|| !this.fetchedFrom.plus(this.maxAge).isAfter(Instant.now())) {
			refresh();
		}
	}

	synchronized void refresh() {
		LocalDate today = today();
		Instant started = Instant.now();
		AgendaPanel fetched;
		try {
			fetched = AgendaPanel.of(this.hall.agenda(today));
		}
		catch (RuntimeException ex) {
			if (!this.stale) {
				log.warn("Agenda of {} not fetched from hall-service, the screens keep the last one: {}", today,
						ex.toString());
			}
			this.stale = true;
			return;
		}
		boolean wasStale = this.stale;
		this.stale = false;
		this.fetchedFrom = started;
		if (!fetched.equals(this.current)) {
			this.current = fetched;
			log.info("Agenda of {}: {} line(s), next open day {}", today, fetched.lines().size(),
					(fetched.nextOpenDay() != null) ? "announced" : "none");
			this.events.publishEvent(fetched);
		}
		else if (wasStale) {
			log.info("Agenda of {} fetched again, unchanged", today);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.zone);
	}

}
