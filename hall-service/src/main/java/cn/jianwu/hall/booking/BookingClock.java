package cn.jianwu.hall.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Component;

/**
 * The institution's local time (Asia/Shanghai by default), in which opening hours, slots
 * and booking windows are given; events carry instants.
 */
@Component
public class BookingClock {

	private final Clock clock;

	private final ZoneId zone;

	BookingClock(Clock clock, InstitutionProperties institution) {
		this.clock = clock;
		this.zone = institution.zone();
	}

	public LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(this.zone));
	}

	public LocalDate today() {
		return now().toLocalDate();
	}

	public Instant instant() {
		return this.clock.instant();
	}

	/** A moment as the institution's local time. */
	public LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, this.zone);
	}

	public Instant instant(LocalDateTime local) {
		return local.atZone(this.zone).toInstant();
	}

	public ZoneId zone() {
		return this.zone;
	}

}
