package cn.jianwu.hall.booking.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Component;

/**
 * Now, as an instant (for what is stored and sent) and as the institution's local time
 * (slots are local times in its zone).
 */
@Component
class DeskClock {

	private final Clock clock;

	private final InstitutionProperties institution;

	DeskClock(Clock clock, InstitutionProperties institution) {
		this.clock = clock;
		this.institution = institution;
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, this.institution.zone());
	}

	LocalDate today() {
		return local(now()).toLocalDate();
	}

}
