package cn.jianwu.reports.obligation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How duties fall due ({@code jianwu.reports.obligations}).
 *
 * @param quarterlyGraceWorkingDays a quarterly duty is due this many working days after
 * the quarter's last working day
 * @param longTermWorkingDays a long-term obligation must have its item this many working
 * days after it was entered
 * @param reminderWorkingDays the department is reminded this many working days before a
 * duty is due
 * @param composeLink where staff draft the item that meets a duty; {@code {id}} is the
 * obligation's id
 */
@ConfigurationProperties("jianwu.reports.obligations")
public record ObligationProperties(@DefaultValue("0") int quarterlyGraceWorkingDays,
		@DefaultValue("20") int longTermWorkingDays, @DefaultValue("5") int reminderWorkingDays,
		@DefaultValue("/console/items/new?obligation={id}") String composeLink) {

	/** The compose link of one obligation. */
	public String composeLink(String obligationId) {
		return this.composeLink.replace("{id}", obligationId);
	}

}
