package cn.jianwu.hall.calendar;

import java.util.Map;

import cn.jianwu.events.MessageKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The answer clock ({@code jianwu.hall.clock}): the procuratorate's 件件有回复 — a procedural
 * answer within 7 days, the result within 3 months.
 *
 * @param acknowledgeWorkingDays working days for the procedural answer
 * @param answerMonths months for the answer
 * @param answerWorkingDays kinds answered in working days instead (a consultation: 15)
 * @param dueSoonWorkingDays how many working days ahead a deadline counts as due soon
 */
@ConfigurationProperties("jianwu.hall.clock")
public record ClockProperties(@DefaultValue("7") int acknowledgeWorkingDays, @DefaultValue("3") int answerMonths,
		Map<MessageKind, Integer> answerWorkingDays, @DefaultValue("3") int dueSoonWorkingDays) {

	public ClockProperties {
		answerWorkingDays = (answerWorkingDays != null) ? Map.copyOf(answerWorkingDays) : Map.of();
	}

}
