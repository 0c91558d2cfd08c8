package cn.jianwu.channel.bulletin.screens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.events.Category;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The items that chose the screens. Like the bulletin board, every change is conditional
 * on the revision; a withdrawal leaves a tombstone, so that a late post of the same or an
 * older revision cannot bring the item back.
 */
@Component
class ScreenItems {

	private static final String COLUMNS = "item_id, revision, category, title, summary, department, published_at, "
			+ "withdrawn, change_seq";

	private final JdbcClient jdbc;

	private final InstitutionProperties institution;

	ScreenItems(JdbcClient jdbc, InstitutionProperties institution) {
		this.jdbc = jdbc;
		this.institution = institution;
	}

	/** Stores the revision unless a newer one or the item's withdrawal is there. */
	Stored show(DisclosurePublished item) {
		Optional<ScreenChange> changed = put(item.itemId(), item.revision(), item.category(), item.title(),
				item.summary(), item.department(), item.publishedAt());
		if (changed.isPresent()) {
			return new Stored(Stored.State.THIS_REVISION, changed.get());
		}
		ScreenChange current = find(item.itemId()).orElseThrow();
		if (current.withdrawn()) {
			return new Stored(Stored.State.WITHDRAWN, current);
		}
		return new Stored(
				(current.revision() == item.revision()) ? Stored.State.THIS_REVISION : Stored.State.NEWER_REVISION,
				current);
	}

	/**
	 * Stores an item of disclosure-service's export of the screens' items, on the same
	 * terms as a post.
	 * @return the change to pass on to the screens, or empty when the same or a newer
	 * revision, or its withdrawal, is there
	 */
	Optional<ScreenChange> show(PublicItemSource.Item item) {
		return put(item.id(), item.revision(), item.category(), item.title(), item.summary(), item.department(),
				item.publishedAt());
	}

	private Optional<ScreenChange> put(String itemId, int revision, Category category, String title, String summary,
			String department, Instant publishedAt) {
		return this.jdbc.sql("""
				INSERT INTO screen_item (item_id, revision, category, title, summary, department, published_at)
				VALUES (:itemId, :revision, :category, :title, :summary, :department, :publishedAt)
				ON CONFLICT (item_id) DO UPDATE SET
				    revision = EXCLUDED.revision, category = EXCLUDED.category, title = EXCLUDED.title,
				    summary = EXCLUDED.summary, department = EXCLUDED.department,
				    published_at = EXCLUDED.published_at, withdrawn = FALSE,
				    change_seq = nextval('screen_change_seq'), updated_at = now()
				WHERE screen_item.revision < EXCLUDED.revision
				RETURNING\s""" + COLUMNS)
			.param("itemId", itemId)
			.param("revision", revision)
			.param("category", category.name())
			.param("title", title)
			.param("summary", summary)
			.param("department", department)
			.param("publishedAt", Timestamp.from(publishedAt))
			.query(this::change)
			.optional();
	}

	/**
	 * Withdraws the item up to the revision (a newer revision stays).
	 * @return the withdrawal to pass on to the screens, or empty when a newer revision is
	 * shown
	 */
	Optional<ScreenChange> withdraw(String itemId, int upToRevision) {
		Optional<ScreenChange> changed = tombstone(itemId, upToRevision);
		if (changed.isPresent()) {
			return changed;
		}
		return find(itemId).filter(ScreenChange::withdrawn);
	}

	/**
	 * Leaves a tombstone of the revision unless a newer revision or a withdrawal is
	 * there.
	 * @return the withdrawal to pass on to the screens, or empty when nothing changed
	 */
	Optional<ScreenChange> tombstone(String itemId, int upToRevision) {
		return this.jdbc.sql("""
				INSERT INTO screen_item (item_id, revision, withdrawn) VALUES (:itemId, :revision, TRUE)
				ON CONFLICT (item_id) DO UPDATE SET revision = EXCLUDED.revision, withdrawn = TRUE,
				    change_seq = nextval('screen_change_seq'), updated_at = now()
				WHERE screen_item.revision <= EXCLUDED.revision
				  AND (NOT screen_item.withdrawn OR screen_item.revision < EXCLUDED.revision)
				RETURNING\s""" + COLUMNS)
			.param("itemId", itemId)
			.param("revision", upToRevision)
			.query(this::change)
			.optional();
	}

	/**
	 * The revision of every item, for a reconciliation with disclosure-service's export:
	 * {@code live} are those not withdrawn.
	 */
	Reconciliation.Held held() {
		Reconciliation.Held.Builder held = new Reconciliation.Held.Builder();
		this.jdbc.sql("SELECT item_id, revision, withdrawn FROM screen_item")
			.query((ResultSet rs) -> held.add(rs.getString("item_id"), rs.getInt("revision"),
					!rs.getBoolean("withdrawn")));
		return held.build();
	}

	/** The current items of the categories, newest first. */
	List<ScreenItem> current(Collection<Category> categories, int limit) {
		if (categories.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM screen_item WHERE NOT withdrawn AND category IN (:categories)
				ORDER BY published_at DESC, item_id LIMIT :limit
				""")
			.param("categories", categories.stream().map(Category::name).toList())
			.param("limit", limit)
			.query(this::change)
			.list()
			.stream()
			.map(ScreenChange::item)
			.toList();
	}

	/** The latest change so far: what a snapshot taken now is up to date with. */
	long latestSeq() {
		return this.jdbc.sql("SELECT COALESCE(max(change_seq), 0) FROM screen_item").query(Long.class).single();
	}

	/**
	 * Changes after the cursor, and those of the last seconds whatever their number: a
	 * sequence number is taken before its transaction commits, so a lower one can become
	 * visible after a higher one was read.
	 */
	List<ScreenChange> changesSince(long cursor) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM screen_item WHERE change_seq > :cursor OR updated_at > now() - interval '5 seconds'
				ORDER BY change_seq LIMIT 500
				""").param("cursor", cursor).query(this::change).list();
	}

	private Optional<ScreenChange> find(String itemId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM screen_item WHERE item_id = :itemId")
			.param("itemId", itemId)
			.query(this::change)
			.optional();
	}

	private ScreenChange change(ResultSet rs, int row) throws SQLException {
		String itemId = rs.getString("item_id");
		int revision = rs.getInt("revision");
		ScreenItem item = null;
		if (!rs.getBoolean("withdrawn")) {
			Category category = Category.valueOf(rs.getString("category"));
			Instant publishedAt = rs.getTimestamp("published_at").toInstant();
			item = new ScreenItem(itemId, revision, category, category.label(), rs.getString("title"),
					rs.getString("summary"), rs.getString("department"), publishedAt,
					this.institution.date(publishedAt));
		}
		return new ScreenChange(rs.getLong("change_seq"), itemId, revision, item);
	}

	/** What the screens hold of an item after a post. */
	record Stored(State state, ScreenChange change) {

		enum State {

			THIS_REVISION, NEWER_REVISION, WITHDRAWN

		}

	}

}
