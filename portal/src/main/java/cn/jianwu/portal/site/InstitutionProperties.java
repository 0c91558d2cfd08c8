package cn.jianwu.portal.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institution the site speaks for.
 *
 * @param name shown in every page's header, title and footer, e.g. 某某区人民检察院
 * @param hotline the public service line shown in the footer
 * @param zone the time zone of the dates shown to people
 */
@ConfigurationProperties("jianwu.institution")
public record InstitutionProperties(@DefaultValue("XX区人民检察院") String name, @DefaultValue("12309") String hotline,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** The day of a moment as people here read it, e.g. 2026年11月20日. */
	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(this.zone)) : "";
	}

	/** A day as people read it. */
	public String date(LocalDate day) {
		return (day != null) ? DATE.format(day) : "";
	}

	/** The day of a moment for a {@code <time datetime>} attribute, e.g. 2026-11-20. */
	public String isoDate(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toLocalDate().toString() : "";
	}

}
