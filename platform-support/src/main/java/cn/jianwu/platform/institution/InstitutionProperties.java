package cn.jianwu.platform.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institution every service speaks for ({@code JIANWU_INSTITUTION_NAME},
 * {@code JIANWU_INSTITUTION_HOTLINE}, {@code JIANWU_INSTITUTION_ZONE}), and how its dates
 * read to people.
 *
 * @param name shown on every page, screen and feed and read out by the hotline, e.g.
 * 某某区人民检察院
 * @param hotline the public service line shown in the portal's footer
 * @param zone the time zone of the dates people see and of the statistics' days
 */
@ConfigurationProperties("jianwu.institution")
public record InstitutionProperties(@DefaultValue("XX区人民检察院") String name, @DefaultValue("12309") String hotline,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** A moment as people here read it, e.g. 2026年11月20日 10:30; "" for none. */
	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(this.zone)) : "";
	}

	/**
	 * The day of a moment as people here read and say it, e.g. 2026年11月20日; "" for none.
	 */
	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(this.zone)) : "";
	}

	/** A day as people read and say it, e.g. 2026年11月18日; "" for none. */
	public String date(LocalDate day) {
		return (day != null) ? DATE.format(day) : "";
	}

	/** The day of a moment for a {@code <time datetime>} attribute, e.g. 2026-11-20. */
	public String isoDate(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toLocalDate().toString() : "";
	}

}
