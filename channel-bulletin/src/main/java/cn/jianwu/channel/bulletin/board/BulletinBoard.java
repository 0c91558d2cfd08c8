package cn.jianwu.channel.bulletin.board;

import java.sql.Timestamp;
import java.util.List;

import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureWithdrawn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bulletin's own copy of published items. Every change is conditional on the
 * revision, so a redelivered or out-of-order event never brings back an older revision or
 * a withdrawn item.
 */
@Component
public class BulletinBoard {

	private final JdbcClient jdbc;

	BulletinBoard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Shows the revision unless the board already has it, a newer one, or its withdrawal.
	 */
	public void show(DisclosurePublished item, String eventId) {
		this.jdbc.sql("""
				INSERT INTO bulletin_entry (item_id, revision, category, title, summary, body, department,
				                            visibility, published_at, event_id)
				VALUES (:itemId, :revision, :category, :title, :summary, :body, :department,
				        :visibility, :publishedAt, :eventId)
				ON CONFLICT (item_id) DO UPDATE SET
				    revision = EXCLUDED.revision, category = EXCLUDED.category, title = EXCLUDED.title,
				    summary = EXCLUDED.summary, body = EXCLUDED.body, department = EXCLUDED.department,
				    visibility = EXCLUDED.visibility, published_at = EXCLUDED.published_at,
				    event_id = EXCLUDED.event_id, updated_at = now()
				WHERE bulletin_entry.revision < EXCLUDED.revision
				""")
			.param("itemId", item.itemId())
			.param("revision", item.revision())
			.param("category", item.category().name())
			.param("title", item.title())
			.param("summary", item.summary())
			.param("body", item.body())
			.param("department", item.department())
			.param("visibility", item.visibility().name())
			.param("publishedAt", Timestamp.from(item.publishedAt()))
			.param("eventId", eventId)
			.update();
	}

	/**
	 * Takes the item off the board; a later event for the same revision cannot restore
	 * it.
	 */
	public void withdraw(DisclosureWithdrawn withdrawal, String eventId) {
		this.jdbc.sql("""
				UPDATE bulletin_entry SET withdrawn = TRUE, event_id = :eventId, updated_at = now()
				WHERE item_id = :itemId AND revision <= :revision
				""")
			.param("itemId", withdrawal.itemId())
			.param("revision", withdrawal.revision())
			.param("eventId", eventId)
			.update();
	}

	public List<BulletinEntry> current(int limit) {
		return this.jdbc.sql("""
				SELECT item_id, revision, category, title, summary, department, visibility, published_at
				FROM bulletin_entry WHERE NOT withdrawn ORDER BY published_at DESC LIMIT :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> new BulletinEntry(rs.getString("item_id"), rs.getInt("revision"),
					rs.getString("category"), rs.getString("title"), rs.getString("summary"),
					rs.getString("department"), rs.getString("visibility"),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

}
