package cn.jianwu.channel.bulletin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institution the bulletin and the screens speak for.
 *
 * @param name shown on every page and screen, e.g. 某某区人民检察院
 * @param zone the time zone of the dates shown to people
 */
@ConfigurationProperties("jianwu.institution")
public record InstitutionProperties(@DefaultValue("XX区人民检察院") String name, @DefaultValue("Asia/Shanghai") ZoneId zone) {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** A moment as people here read it, e.g. 2026年11月20日 10:30. */
	public String dateTime(Instant instant) {
		return DATE_TIME.format(instant.atZone(this.zone));
	}

	/** The day of a moment, e.g. 2026年11月20日. */
	public String date(Instant instant) {
		return DATE.format(instant.atZone(this.zone));
	}

}
