package cn.jianwu.casequery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institution the service speaks for (the same keys as channel-bulletin's).
 *
 * @param name read out by the hotline, e.g. 某某区人民检察院 ({@code JIANWU_INSTITUTION_NAME})
 * @param zone the time zone of the dates people see and of the statistics' days
 */
@ConfigurationProperties("jianwu.institution")
public record InstitutionProperties(@DefaultValue("XX区人民检察院") String name, @DefaultValue("Asia/Shanghai") ZoneId zone) {

	private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** A date as people here say it, e.g. 2026年11月18日. */
	public static String spoken(LocalDate date) {
		return SPOKEN_DATE.format(date);
	}

}
