package cn.jianwu.channel.bulletin.agenda;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the hall screens' agenda (今日接待安排, 下次检察开放日) comes from.
 *
 * @param hallUrl hall-service's base address ({@code HALL_URL}), whose public
 * {@code GET /api/public/agenda?date=} is read
 * @param timeout one call to hall-service
 * @param retryInterval how often a failed fetch is tried again (the screens keep the last
 * agenda meanwhile), and how often the day is checked for having turned
 * @param maxAge an agenda older than this is fetched again even without an event: with
 * several instances only one of them receives each {@code agenda.changed}
 */
@ConfigurationProperties("jianwu.bulletin.agenda")
public record AgendaProperties(@DefaultValue("http://127.0.0.1:8088") String hallUrl,
		@DefaultValue("3s") Duration timeout, @DefaultValue("30s") Duration retryInterval,
		@DefaultValue("5m") Duration maxAge) {

}
