package cn.jianwu.disclosure.statistics;

import java.time.Instant;
import java.util.List;

/**
 * The disclosure statistics ({@code GET /api/disclosures/statistics}).
 *
 * @param since the first day counted (start of the first month, in the institution's
 * zone)
 * @param publications items first published per month and category, oldest month first;
 * months and categories without any are left out
 * @param deliveries items per channel and latest delivery status
 */
record StatisticsView(Instant since, List<MonthlyPublications> publications, List<ChannelDeliveries> deliveries) {

	/** How many items of a category were first published in a month ({@code 2026-11}). */
	record MonthlyPublications(String month, String category, long items) {
	}

	/** How many items stand at a delivery status on a channel. */
	record ChannelDeliveries(String channel, String status, long items) {
	}

}
