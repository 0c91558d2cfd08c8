package cn.jianwu.disclosure.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.statistics.StatisticsView;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for the console's statistics page, read straight from the service's own tables:
 * first publications per category and month, and the latest delivery status of every item
 * on every channel. Aggregates only, no titles or names.
 */
@Repository
class DisclosureStatistics {

	private final JdbcClient jdbc;

	DisclosureStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Items first published since {@code since}, per month (in {@code zone}) and
	 * category. A later revision of an item is not a new publication.
	 */
	List<StatisticsView.MonthlyPublications> publications(Instant since, String zone) {
		return this.jdbc.sql("""
				SELECT to_char(first_published AT TIME ZONE :zone, 'YYYY-MM') AS month, category, count(*) AS items
				FROM (
				    SELECT DISTINCT ON (item_id) item_id, category, published_at AS first_published
				    FROM published_revision ORDER BY item_id, revision
				) first
				WHERE first_published >= :since
				GROUP BY month, category ORDER BY month, category
				""")
			.param("zone", zone)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new StatisticsView.MonthlyPublications(rs.getString("month"),
					Category.valueOf(rs.getString("category")), rs.getLong("items")))
			.list();
	}

	/**
	 * Per channel and status, how many items stand there now: each item's newest reported
	 * revision on each channel.
	 */
	List<StatisticsView.ChannelDeliveries> deliveries() {
		return this.jdbc.sql("""
				SELECT channel, status, count(*) AS items FROM (
				    SELECT DISTINCT ON (item_id, channel) channel, status
				    FROM channel_delivery ORDER BY item_id, channel, revision DESC
				) latest
				GROUP BY channel, status ORDER BY channel, status
				""")
			.query((rs, row) -> new StatisticsView.ChannelDeliveries(Channel.fromId(rs.getString("channel")),
					DeliveryState.valueOf(rs.getString("status")), rs.getLong("items")))
			.list();
	}

}
