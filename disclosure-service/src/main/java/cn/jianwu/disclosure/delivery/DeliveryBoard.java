package cn.jianwu.disclosure.delivery;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per channel, the latest delivery report of each item revision. An older report that
 * arrives late never overwrites a newer one.
 */
@Repository
public class DeliveryBoard {

	private final JdbcClient jdbc;

	DeliveryBoard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(ChannelDeliveryReported report) {
		this.jdbc
			.sql("""
					INSERT INTO channel_delivery (item_id, revision, channel, status, external_ref, attempts, last_error,
					                              reported_at)
					VALUES (:itemId, :revision, :channel, :status, :externalRef, :attempts, :lastError, :reportedAt)
					ON CONFLICT (item_id, revision, channel) DO UPDATE SET
					    status = EXCLUDED.status, external_ref = COALESCE(EXCLUDED.external_ref, channel_delivery.external_ref),
					    attempts = GREATEST(EXCLUDED.attempts, channel_delivery.attempts),
					    last_error = EXCLUDED.last_error, reported_at = EXCLUDED.reported_at
					WHERE channel_delivery.reported_at <= EXCLUDED.reported_at
					""")
			.param("itemId", UUID.fromString(report.itemId()))
			.param("revision", report.revision())
			.param("channel", report.channel().id())
			.param("status", report.status().name())
			.param("externalRef", report.externalRef())
			.param("attempts", report.attempt())
			.param("lastError", report.reason())
			.param("reportedAt", Timestamp.from(report.reportedAt()))
			.update();
	}

	/** The reports for the item's newest reported revision on each channel. */
	public List<StaffItem.Delivery> latest(UUID itemId) {
		return this.jdbc.sql("""
				SELECT DISTINCT ON (channel) channel, revision, status, external_ref, attempts, last_error, reported_at
				FROM channel_delivery WHERE item_id = :itemId ORDER BY channel, revision DESC
				""")
			.param("itemId", itemId)
			.query((rs, row) -> new StaffItem.Delivery(Channel.fromId(rs.getString("channel")), rs.getInt("revision"),
					DeliveryState.valueOf(rs.getString("status")), rs.getString("external_ref"), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getTimestamp("reported_at").toInstant()))
			.list();
	}

}
