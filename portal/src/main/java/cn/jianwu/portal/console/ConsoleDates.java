package cn.jianwu.portal.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Component;

/**
 * Moments as staff read them, in the institution's zone, for the console's templates as
 * {@code @consoleDates}. The names of statuses, categories, channels and roles come from
 * their enums ({@code item.status.label()}).
 */
@Component("consoleDates")
public class ConsoleDates {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	ConsoleDates(InstitutionProperties institution) {
		this.zone = institution.zone();
	}

	/** A moment to the minute, e.g. 2026-11-28 12:05. */
	public String minute(Instant at) {
		return (at != null) ? MINUTE.format(at.atZone(this.zone)) : "";
	}

	/** A moment to the second, e.g. 2026-11-28 12:05:09. */
	public String second(Instant at) {
		return (at != null) ? SECOND.format(at.atZone(this.zone)) : "";
	}

}
