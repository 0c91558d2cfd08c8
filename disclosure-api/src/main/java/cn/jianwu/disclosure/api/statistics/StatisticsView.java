package cn.jianwu.disclosure.api.statistics;

import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The disclosure statistics ({@code GET /api/disclosures/statistics?months=12}).
 *
 * @param since the first day counted (start of the first month, in the institution's
 * zone)
 * @param publications items first published per month and category, oldest month first;
 * months and categories without any are left out
 * @param deliveries items per channel and latest delivery status
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatisticsView(Instant since, List<MonthlyPublications> publications,
		List<ChannelDeliveries> deliveries) {

	public StatisticsView {
		publications = (publications != null) ? List.copyOf(publications) : List.of();
		deliveries = (deliveries != null) ? List.copyOf(deliveries) : List.of();
	}

	/** How many items of a category were first published in a month ({@code 2026-11}). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record MonthlyPublications(String month, Category category, long items) {
	}

	/** How many items stand at a reported delivery status on a channel. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ChannelDeliveries(Channel channel, DeliveryState status, long items) {
	}

}
