package cn.jianwu.disclosure.publication;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The redacted snapshots the public reads: the newest revision of an item, unless
 * withdrawn.
 */
@Repository
class PublishedRevisions {

	/** The current revision of each item, when it is public and not withdrawn. */
	static final String CURRENT = """
			SELECT * FROM (
			    SELECT DISTINCT ON (item_id) * FROM published_revision ORDER BY item_id, revision DESC
			) latest WHERE withdrawn_at IS NULL AND visibility = 'PUBLIC'
			""";

	private final JdbcClient jdbc;

	PublishedRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a published revision's snapshot with what the public record shows beside it:
	 * its term, period, case stages and revision note.
	 */
	void insert(PublicItem item, String visibility, List<Channel> channels, String revisionNote) {
		this.jdbc.sql("""
				INSERT INTO published_revision (item_id, revision, category, sub_kind, visibility, department, channels,
				                                title, summary, body, published_at, term, period, case_stages,
				                                revision_note)
				VALUES (:itemId, :revision, :category, :subKind, :visibility, :department, :channels, :title, :summary,
				        :body, :publishedAt, :term, :period, :caseStages, :revisionNote)
				""")
			.param("itemId", UUID.fromString(item.id()))
			.param("revision", item.revision())
			.param("category", item.category().name())
			.param("subKind", (item.subKind() != null) ? item.subKind().name() : null)
			.param("visibility", visibility)
			.param("department", item.department())
			.param("channels", channels.stream().map(Channel::id).toArray(String[]::new))
			.param("title", item.title())
			.param("summary", item.summary())
			.param("body", item.body())
			.param("publishedAt", Timestamp.from(item.publishedAt()))
			.param("term", item.term().name())
			.param("period", item.period())
			.param("caseStages", item.caseStages().toArray(String[]::new))
			.param("revisionNote", revisionNote)
			.update();
	}

	void withdraw(UUID itemId, int revision, String reason, Instant at) {
		this.jdbc.sql("""
				UPDATE published_revision SET withdrawn_at = :at, withdraw_reason = :reason
				WHERE item_id = :itemId AND revision <= :revision AND withdrawn_at IS NULL
				""")
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.param("itemId", itemId)
			.param("revision", revision)
			.update();
	}

	/**
	 * A page of the current public items the query selects, newest first; in a column or
	 * section, and among items of one term, the long-term items (长期公开) come first, so
	 * that they stay pinned at its top.
	 */
	List<PublicItem> currentPublic(PublicItemQuery query, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = query.conditions(params);
		params.put("pinned", Term.LONG_TERM.name());
		params.put("size", size);
		params.put("offset", (long) page * size);
		String pinning = query.pins() ? "(term IS NOT DISTINCT FROM :pinned) DESC, " : "";
		return this.jdbc
			.sql(CURRENT + where + " ORDER BY " + pinning + "published_at DESC, item_id LIMIT :size OFFSET :offset")
			.params(params)
			.query(PublishedRevisions::map)
			.list();
	}

	long countPublic(PublicItemQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = query.conditions(params);
		return this.jdbc.sql("SELECT count(*) FROM (" + CURRENT + where + ") counted")
			.params(params)
			.query(Long.class)
			.single();
	}

	Optional<PublicItem> currentPublic(UUID itemId) {
		return this.jdbc.sql(CURRENT + " AND item_id = :itemId")
			.param("itemId", itemId)
			.query(PublishedRevisions::map)
			.optional();
	}

	/**
	 * The current public revisions meant for the channel, in item id order after the
	 * given id (keyset paging: a page costs the same wherever it is, and items published
	 * meanwhile do not shift the pages).
	 */
	List<PublicItem> currentForChannelAfter(Channel channel, UUID after, int size) {
		return this.jdbc.sql("""
				SELECT * FROM (
				    SELECT DISTINCT ON (item_id) * FROM published_revision WHERE item_id > :after
				    ORDER BY item_id, revision DESC
				) latest WHERE withdrawn_at IS NULL AND visibility = 'PUBLIC' AND :channel = ANY (channels)
				ORDER BY item_id LIMIT :size
				""")
			.param("after", after)
			.param("channel", channel.id())
			.param("size", size)
			.query(PublishedRevisions::map)
			.list();
	}

	long countForChannel(Channel channel) {
		return this.jdbc.sql("SELECT count(*) FROM (" + CURRENT + " AND :channel = ANY (channels)) counted")
			.param("channel", channel.id())
			.query(Long.class)
			.single();
	}

	/** A published revision's row as the public item it shows. */
	static PublicItem map(ResultSet rs, int row) throws SQLException {
		String subKind = rs.getString("sub_kind");
		String term = rs.getString("term");
		Array stages = rs.getArray("case_stages");
		return new PublicItem(rs.getObject("item_id", UUID.class).toString(), rs.getInt("revision"),
				rs.getString("title"), rs.getString("summary"), rs.getString("body"),
				Category.valueOf(rs.getString("category")), (subKind != null) ? SubKind.valueOf(subKind) : null,
				rs.getString("department"), rs.getTimestamp("published_at").toInstant(), List.of(),
				(term != null) ? Term.valueOf(term) : null, rs.getString("period"),
				(stages != null) ? Arrays.asList((String[]) stages.getArray()) : List.of());
	}

}
