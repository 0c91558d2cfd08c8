package cn.jianwu.hall.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Component;

/**
 * Activities are scheduled in local time (the institution's zone); events and audit
 * entries carry instants. This is the one place that turns one into the other.
 */
@Component
class ActivityClock {

	private final Clock clock;

	private final InstitutionProperties institution;

	ActivityClock(Clock clock, InstitutionProperties institution) {
		this.clock = clock;
		this.institution = institution;
	}

	/** Now, as stored (PostgreSQL keeps microseconds). */
	Instant instant() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Now in the institution's zone. */
	LocalDateTime local() {
		return LocalDateTime.ofInstant(this.clock.instant(), this.institution.zone());
	}

	/** A local time of an activity as a moment. */
	Instant instant(LocalDateTime local) {
		return local.atZone(this.institution.zone()).toInstant();
	}

	/** A local time as people here read it, e.g. 2026年11月20日 10:30. */
	String text(LocalDateTime local) {
		return this.institution.dateTime(instant(local));
	}

	ZoneId zone() {
		return this.institution.zone();
	}

	String institutionName() {
		return this.institution.name();
	}

	String hotline() {
		return this.institution.hotline();
	}

}
