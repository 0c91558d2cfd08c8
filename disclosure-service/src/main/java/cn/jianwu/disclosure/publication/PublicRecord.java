package cn.jianwu.disclosure.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.ChangeKind;
import cn.jianwu.disclosure.api.publication.PublicChange;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicRevision;
import cn.jianwu.disclosure.api.publication.WithdrawalNotice;
import cn.jianwu.events.Category;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open history of the public record: which revisions of an item were published and
 * why they changed, what was withdrawn and why, and what changed lately. Nothing internal
 * is ever read here, and a withdrawn revision's text never: a withdrawal shows only its
 * notice.
 */
@Repository
class PublicRecord {

	private final JdbcClient jdbc;

	PublicRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest publication or withdrawal of the whole record; the epoch while nothing
	 * was published. Both maxima are read from their own index.
	 */
	Instant lastChange() {
		Timestamp last = this.jdbc.sql("""
				SELECT greatest((SELECT max(published_at) FROM published_revision),
				                (SELECT max(withdrawn_at) FROM published_revision WHERE withdrawn_at IS NOT NULL))
				""").query(Timestamp.class).optional().orElse(null);
		return (last != null) ? last.toInstant() : Instant.EPOCH;
	}

	/**
	 * The notice of an item whose newest published revision was public and is withdrawn;
	 * empty for an item that is current, internal or was never published.
	 */
	Optional<WithdrawalNotice> withdrawal(UUID itemId) {
		return this.jdbc.sql("""
				SELECT * FROM (
				    SELECT * FROM published_revision WHERE item_id = :itemId ORDER BY revision DESC LIMIT 1
				) newest WHERE visibility = 'PUBLIC' AND withdrawn_at IS NOT NULL
				""")
			.param("itemId", itemId)
			.query((rs, row) -> new WithdrawalNotice(itemId.toString(), rs.getString("title"),
					Category.valueOf(rs.getString("category")), subKind(rs),
					rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("withdrawn_at").toInstant(),
					rs.getString("withdraw_reason")))
			.optional();
	}

	/**
	 * The item's public revisions still standing, newest first, each with its revision
	 * note; revisions withdrawn before the item was published again are left out.
	 */
	List<PublicRevision> history(UUID itemId) {
		return this.jdbc.sql("""
				SELECT revision, published_at, revision_note FROM published_revision
				WHERE item_id = :itemId AND visibility = 'PUBLIC' AND withdrawn_at IS NULL
				ORDER BY revision DESC
				""")
			.param("itemId", itemId)
			.query((rs, row) -> new PublicRevision(rs.getInt("revision"), rs.getTimestamp("published_at").toInstant(),
					rs.getString("revision_note")))
			.list();
	}

	/** One public revision still standing, its redacted snapshot. */
	Optional<PublicItem> revision(UUID itemId, int revision) {
		return this.jdbc.sql("""
				SELECT * FROM published_revision
				WHERE item_id = :itemId AND revision = :revision AND visibility = 'PUBLIC' AND withdrawn_at IS NULL
				""").param("itemId", itemId).param("revision", revision).query(PublishedRevisions::map).optional();
	}

	/**
	 * The newest changes, newest first: each public revision published (the item's first
	 * public one {@link ChangeKind#PUBLISHED}, later ones {@link ChangeKind#REVISED},
	 * with the revision note) and each withdrawal of a public revision (with the public
	 * reason, announced once, on the newest revision it took off). A revision withdrawn
	 * since keeps its entry, but not its summary.
	 * @param query the column and sections whose changes are wanted
	 */
	List<PublicChange> changes(PublicItemQuery query, int limit) {
		Map<String, Object> params = new HashMap<>();
		String filter = query.conditions(params);
		params.put("limit", limit);
		return this.jdbc
			.sql("""
					SELECT * FROM (
					    SELECT item_id, revision, published_at AS at, title,
					           CASE WHEN withdrawn_at IS NULL THEN summary END AS summary, category, sub_kind, department,
					           revision_note AS note,
					           CASE WHEN revision = (SELECT min(first.revision) FROM published_revision first
					                                 WHERE first.item_id = p.item_id AND first.visibility = 'PUBLIC')
					                THEN 'PUBLISHED' ELSE 'REVISED' END AS kind
					    FROM published_revision p WHERE visibility = 'PUBLIC' %1$s
					    UNION ALL
					    SELECT item_id, revision, withdrawn_at AS at, title, NULL AS summary, category, sub_kind, department,
					           withdraw_reason AS note, 'WITHDRAWN' AS kind
					    FROM published_revision w WHERE visibility = 'PUBLIC' AND withdrawn_at IS NOT NULL %1$s
					        AND NOT EXISTS (SELECT 1 FROM published_revision later WHERE later.item_id = w.item_id
					                        AND later.revision > w.revision AND later.withdrawn_at = w.withdrawn_at)
					) changes
					ORDER BY at DESC, item_id, revision DESC, kind DESC LIMIT :limit
					"""
				.formatted(filter))
			.params(params)
			.query(PublicRecord::change)
			.list();
	}

	private static PublicChange change(ResultSet rs, int row) throws SQLException {
		return new PublicChange(rs.getObject("item_id", UUID.class).toString(), rs.getInt("revision"),
				ChangeKind.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant(), rs.getString("title"),
				rs.getString("summary"), Category.valueOf(rs.getString("category")), subKind(rs),
				rs.getString("department"), rs.getString("note"));
	}

	private static SubKind subKind(ResultSet rs) throws SQLException {
		String subKind = rs.getString("sub_kind");
		return (subKind != null) ? SubKind.valueOf(subKind) : null;
	}

}
