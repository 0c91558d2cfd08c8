package cn.jianwu.channel.bulletin.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jianwu.events.Category;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bulletin's own copy of published items. Every change is conditional on the
 * revision, so a redelivered or out-of-order post never brings back an older revision or
 * a withdrawn item.
 */
@Component
public class BulletinBoard {

	private static final String ENTRY_COLUMNS = "item_id, revision, category, title, summary, department, visibility, "
			+ "published_at";

	private final JdbcClient jdbc;

	BulletinBoard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Shows the revision unless the board already has it, a newer one, or the item's
	 * withdrawal of this revision or a newer one.
	 * @return what the board shows for the item afterwards
	 */
	public Shown show(DisclosurePublished item) {
		boolean changed = put(item.itemId(), item.revision(), item.category(), item.title(), item.summary(),
				item.body(), item.department(), item.visibility(), item.publishedAt());
		if (changed) {
			return Shown.THIS_REVISION;
		}
		// Nothing changed: the same revision again (a repeated call), a newer one, or a
		// withdrawal.
		return this.jdbc.sql("SELECT revision, withdrawn FROM bulletin_entry WHERE item_id = :itemId")
			.param("itemId", item.itemId())
			.query((rs, row) -> {
				if (rs.getBoolean("withdrawn")) {
					return Shown.WITHDRAWN;
				}
				return (rs.getInt("revision") == item.revision()) ? Shown.THIS_REVISION : Shown.NEWER_REVISION;
			})
			.single();
	}

	/**
	 * Shows an item of disclosure-service's export of the bulletin's items, on the same
	 * terms as a post. The export lists public items only, so that is the visibility.
	 * @return whether the board took it
	 */
	boolean show(PublicItemSource.Item item) {
		return put(item.id(), item.revision(), item.category(), item.title(), item.summary(), item.body(),
				item.department(), Visibility.PUBLIC, item.publishedAt());
	}

	// A newer revision replaces whatever is there, a withdrawal of an older one included:
	// an item edited and approved again after its withdrawal is published again.
	private boolean put(String itemId, int revision, Category category, String title, String summary, String body,
			String department, Visibility visibility, Instant publishedAt) {
		return this.jdbc.sql("""
				INSERT INTO bulletin_entry (item_id, revision, category, title, summary, body, department,
				                            visibility, published_at)
				VALUES (:itemId, :revision, :category, :title, :summary, :body, :department,
				        :visibility, :publishedAt)
				ON CONFLICT (item_id) DO UPDATE SET
				    revision = EXCLUDED.revision, category = EXCLUDED.category, title = EXCLUDED.title,
				    summary = EXCLUDED.summary, body = EXCLUDED.body, department = EXCLUDED.department,
				    visibility = EXCLUDED.visibility, published_at = EXCLUDED.published_at, withdrawn = FALSE,
				    updated_at = now()
				WHERE bulletin_entry.revision < EXCLUDED.revision
				""")
			.param("itemId", itemId)
			.param("revision", revision)
			.param("category", category.name())
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("department", department)
			.param("visibility", visibility.name())
			.param("publishedAt", Timestamp.from(publishedAt))
			.update() == 1;
	}

	/**
	 * Takes the item off the board up to the revision, which the board keeps, so that a
	 * later post of that revision cannot restore it; a newer one can.
	 * @return whether the board showed it until now
	 */
	public boolean withdraw(String itemId, int revision) {
		return this.jdbc.sql("""
				UPDATE bulletin_entry SET withdrawn = TRUE, revision = :revision, updated_at = now()
				WHERE item_id = :itemId AND revision <= :revision AND NOT withdrawn
				""").param("itemId", itemId).param("revision", revision).update() == 1;
	}

	/**
	 * The revision of every item on the board, for a reconciliation with
	 * disclosure-service's export: {@code live} are the public items shown (the export
	 * never lists internal ones, so it cannot judge them).
	 */
	Reconciliation.Held held() {
		Reconciliation.Held.Builder held = new Reconciliation.Held.Builder();
		this.jdbc.sql("SELECT item_id, revision, withdrawn, visibility FROM bulletin_entry")
			.query((ResultSet rs) -> held.add(rs.getString("item_id"), rs.getInt("revision"),
					!rs.getBoolean("withdrawn") && Visibility.PUBLIC.name().equals(rs.getString("visibility"))));
		return held.build();
	}

	/** Current items, newest first. */
	public List<BulletinEntry> current(int limit) {
		return this.jdbc.sql("SELECT " + ENTRY_COLUMNS + """
				 FROM bulletin_entry WHERE NOT withdrawn ORDER BY published_at DESC, item_id LIMIT :limit
				""").param("limit", limit).query(BulletinBoard::entry).list();
	}

	/** A current item with its body. */
	public Optional<BulletinItem> find(String itemId) {
		return this.jdbc.sql("SELECT " + ENTRY_COLUMNS + """
				, body FROM bulletin_entry WHERE item_id = :itemId AND NOT withdrawn
				""")
			.param("itemId", itemId)
			.query((rs, row) -> new BulletinItem(entry(rs, row), rs.getString("body")))
			.optional();
	}

	/** When the board last changed, withdrawals included; empty while it never did. */
	public Optional<Instant> lastChanged() {
		return Optional
			.ofNullable(this.jdbc.sql("SELECT max(updated_at) FROM bulletin_entry")
				.query((rs, row) -> rs.getTimestamp(1))
				.single())
			.map(Timestamp::toInstant);
	}

	private static BulletinEntry entry(ResultSet rs, int row) throws SQLException {
		return new BulletinEntry(rs.getString("item_id"), rs.getInt("revision"),
				Category.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("summary"),
				rs.getString("department"), Visibility.valueOf(rs.getString("visibility")),
				rs.getTimestamp("published_at").toInstant());
	}

	/** What the board shows of an item after a post. */
	public enum Shown {

		/** The posted revision. */
		THIS_REVISION,
		/** A newer revision, which the older post did not replace. */
		NEWER_REVISION,
		/** Nothing: the item was withdrawn. */
		WITHDRAWN

	}

}
